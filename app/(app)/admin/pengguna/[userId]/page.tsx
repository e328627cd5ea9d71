import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/page-guard";
import { authorizeAgency } from "@/lib/access/period-access";
import { authorizeManagedUser } from "@/lib/access/user-access";
import { getManagedUser } from "@/lib/accounts/user-queries";
import { listAgencyUnits } from "@/lib/units/queries";
import { PageHeading } from "@/components/admin/page-heading";
import { FormMessage } from "@/components/admin/form-message";
import { EditUserForm } from "@/components/users/edit-user-form";
import { UserRoles } from "@/components/users/user-roles";
import { ConfirmActionButton } from "@/components/admin/confirm-action-button";
import { setUserActiveAction } from "@/lib/accounts/user-actions";

export const metadata: Metadata = { title: "Pengguna" };

export default async function UserPage({ params, searchParams }: { params: Promise<{ userId: string }>; searchParams: Promise<{ diundang?: string }> }) {
  const [{ userId }, { diundang }] = await Promise.all([params, searchParams]);
  const admin = await requireUser();
  const access = await orNotFound(authorizeManagedUser(admin, userId, "user.manage"));
  const agency = await orNotFound(authorizeAgency(admin, access.agencyId, "user.manage"));
  const [user, units] = await Promise.all([getManagedUser(access), listAgencyUnits(agency)]);
  return (
    <div className="space-y-8">
      <PageHeading title={user.name} back={{ href: `/admin/pengguna?instansi=${agency.id}`, label: "Pengguna" }}
        description={`${user.email} · ${!user.active ? "Nonaktif" : user.invited ? "Diundang, belum membuat kata sandi" : "Aktif"}`} />
      {diundang ? <FormMessage tone="success">Undangan dikirim ke {user.email}.</FormMessage> : null}
      <section aria-labelledby="data" className="max-w-xl space-y-3">
        <h2 id="data" className="text-lg font-semibold">Data pengguna</h2>
        <EditUserForm user={{ userId: user.id, name: user.name, email: user.email, nip: user.nip, phone: user.phone }} />
      </section>
      <section aria-labelledby="peran" className="space-y-3">
        <h2 id="peran" className="text-lg font-semibold">Peran per unit</h2>
        <UserRoles userId={user.id} roles={user.roles} units={units} />
      </section>
      <section aria-labelledby="status" className="space-y-3">
        <h2 id="status" className="text-lg font-semibold">Status akun</h2>
        <ConfirmActionButton action={setUserActiveAction} input={{ userId: user.id, active: !user.active }}
          label={user.active ? "Nonaktifkan pengguna" : "Aktifkan kembali"}
          confirm={user.active ? `Nonaktifkan ${user.name}? Semua sesi masuknya langsung berakhir dan ia tidak dapat masuk lagi.` : undefined} />
      </section>
    </div>
  );
}
