import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { clock } from "@/lib/clock";
import { orNotFound } from "@/lib/page-guard";
import { listUnitLineage, listUnitTree, pickUnitAgency } from "@/lib/units/tree-queries";
import { PageHeading } from "@/components/admin/page-heading";
import { secondaryButtonClass } from "@/components/admin/form-message";
import { AgencySelect } from "@/components/admin/agency-select";
import { UnitTreeTable } from "@/components/units/unit-tree-table";
import { AddUnitForm } from "@/components/units/add-unit-form";
import { LineageForm } from "@/components/units/lineage-form";
import { LineageList } from "@/components/units/lineage-list";

export const metadata: Metadata = { title: "Unit" };

export default async function UnitsPage({ searchParams }: { searchParams: Promise<{ instansi?: string }> }) {
  const { instansi } = await searchParams;
  const user = await requireUser();
  const { agencies, agency } = await orNotFound(() => pickUnitAgency(user, instansi));
  const [units, links] = await Promise.all([listUnitTree(agency), listUnitLineage(agency)]);
  return (
    <div className="space-y-8">
      <PageHeading title="Unit" description={`Pohon unit ${agency.name}: tambah, ubah, pindahkan, nonaktifkan, dan catat penggabungan atau pemekaran.`} />
      {agencies.length > 1 ? (
        <form className="flex flex-wrap items-end gap-3">
          <AgencySelect agencies={agencies} value={agency.id} />
          <button type="submit" className={secondaryButtonClass}>Tampilkan</button>
        </form>
      ) : null}
      <UnitTreeTable units={units} />
      <section aria-labelledby="tambah-unit" className="space-y-3">
        <h2 id="tambah-unit" className="text-lg font-semibold">Tambah unit</h2>
        <AddUnitForm agencyId={agency.id} parents={units.filter((u) => u.active)} />
      </section>
      <section aria-labelledby="riwayat-unit" className="space-y-3">
        <h2 id="riwayat-unit" className="text-lg font-semibold">Penggabungan dan pemekaran</h2>
        <p className="text-sm text-slate-600">
          Unit lama tetap tersimpan bersama LKE-nya. Dengan riwayat ini, perbandingan antartahun di dasbor dan &ldquo;Mulai dari LKE tahun lalu&rdquo; mengikuti unit baru ke unit lamanya.
        </p>
        <LineageList links={links} />
        <LineageForm agencyId={agency.id} units={units} year={clock.now().getFullYear()} />
      </section>
    </div>
  );
}
