import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/page-guard";
import { pickUserAgency } from "@/lib/accounts/pick-agency";
import { listAgencyUsers } from "@/lib/accounts/user-queries";
import { PageHeading } from "@/components/admin/page-heading";
import { FormMessage, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/admin/form-message";
import { UserTable } from "@/components/users/user-table";
import { AgencySelect } from "@/components/admin/agency-select";

export const metadata: Metadata = { title: "Pengguna" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ instansi?: string; q?: string; diimpor?: string }> }) {
  const { instansi, q, diimpor } = await searchParams;
  const user = await requireUser();
  const { agencies, agency } = await orNotFound(() => pickUserAgency(user, instansi));
  const users = await listAgencyUsers(agency, q?.slice(0, 100));
  return (
    <div className="space-y-6">
      <PageHeading title="Pengguna" description={`Akun dan peran di ${agency.name}.`}>
        <Link href={`/admin/pengguna/impor?instansi=${agency.id}`} className={secondaryButtonClass}>Impor dari berkas</Link>
        <Link href={`/admin/pengguna/baru?instansi=${agency.id}`} className={primaryButtonClass}>Undang pengguna</Link>
      </PageHeading>
      {diimpor ? <FormMessage tone="success">{Number(diimpor) || 0} pengguna dibuat dari berkas; undangan sedang dikirim.</FormMessage> : null}
      <form className="flex flex-wrap items-end gap-3" role="search">
        <AgencySelect agencies={agencies} value={agency.id} />
        <div className="min-w-64 flex-1">
          <label htmlFor="q" className="block text-sm font-medium">Cari nama, email atau NIP</label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={100} className={inputClass} />
        </div>
        <button type="submit" className={secondaryButtonClass}>Cari</button>
      </form>
      <UserTable users={users} />
    </div>
  );
}
