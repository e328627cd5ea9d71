import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { PageHeading } from "@/components/admin/page-heading";
import { ChangePasswordForm } from "@/components/auth/change-password-form";

export const metadata: Metadata = { title: "Ubah kata sandi" };

export default async function ChangePasswordPage() {
  const user = await requireUser();
  return (
    <div className="space-y-6">
      <PageHeading title="Ubah kata sandi" description={`${user.name} · ${user.email}. Setelah diubah, sesi Anda di perangkat lain berakhir.`} />
      <ChangePasswordForm />
    </div>
  );
}
