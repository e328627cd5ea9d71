import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/page-guard";
import { pickUserAgency } from "@/lib/accounts/pick-agency";
import { listAgencyUnits } from "@/lib/units/queries";
import { PageHeading } from "@/components/admin/page-heading";
import { InviteUserForm } from "@/components/users/invite-user-form";

export const metadata: Metadata = { title: "Undang pengguna" };

export default async function InviteUserPage({ searchParams }: { searchParams: Promise<{ instansi?: string }> }) {
  const { instansi } = await searchParams;
  const user = await requireUser();
  const { agency } = await orNotFound(() => pickUserAgency(user, instansi));
  const units = await listAgencyUnits(agency);
  return (
    <div className="space-y-6">
      <PageHeading title="Undang pengguna" back={{ href: `/admin/pengguna?instansi=${agency.id}`, label: "Pengguna" }}
        description={`${agency.name}. Pengguna menerima email berisi tautan untuk membuat kata sandi (berlaku 7 hari).`} />
      <InviteUserForm agencyId={agency.id} units={units} />
    </div>
  );
}
