import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { SetPasswordForm } from "@/components/auth/set-password-form";

export const metadata: Metadata = { title: "Atur kata sandi", referrer: "no-referrer" };

// The token is checked (and spent) only when the form is sent: opening the link changes nothing.
export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Atur kata sandi" intro="Buat kata sandi untuk akun Zona Integritas Anda.">
      {token ? <SetPasswordForm token={token} /> : (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          Tautan tidak lengkap. <Link href="/lupa-kata-sandi" className="underline">Minta tautan baru</Link>.
        </p>
      )}
    </AuthCard>
  );
}
