import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { authorizeScope } from "@/lib/access/scope-access";
import { listAgencies } from "@/lib/agencies/queries";
import { orNotFound } from "@/lib/page-guard";
import { PageHeading } from "@/components/admin/page-heading";
import { CreateAgencyForm } from "@/components/agencies/create-agency-form";
import { RenameAgencyForm } from "@/components/agencies/rename-agency-form";

export const metadata: Metadata = { title: "Daftar instansi" };

/** The installation's agencies: only the installation admin reaches this page (others: 404). */
export default async function AgencyListPage() {
  const user = await requireUser();
  const agencies = await orNotFound(() => listAgencies(authorizeScope(user, "installation.agencies")));
  return (
    <div className="space-y-6">
      <PageHeading title="Daftar instansi" description="Instansi yang memakai aplikasi ini. Setiap instansi memiliki satu unit tertinggi; unit lain dan admin instansi ditambahkan di halaman Unit dan Pengguna." />
      <ul className="space-y-3">
        {agencies.map((agency) => (
          <li key={agency.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <RenameAgencyForm agency={{ agencyId: agency.id, code: agency.code, name: agency.name }} />
            <p className="text-sm text-slate-600">
              Unit tertinggi: {agency.topUnit ? `${agency.topUnit.name} (${agency.topUnit.code})` : "belum ada"} · {agency.unitCount} unit · {agency.userCount} pengguna ·{" "}
              <Link href={`/admin/unit?instansi=${agency.id}`} className="text-blue-700 underline">Kelola unit</Link> ·{" "}
              <Link href={`/admin/pengguna?instansi=${agency.id}`} className="text-blue-700 underline">Kelola pengguna</Link>
            </p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="tambah-instansi" className="space-y-3">
        <h2 id="tambah-instansi" className="text-lg font-semibold">Tambah instansi</h2>
        <CreateAgencyForm />
      </section>
    </div>
  );
}
