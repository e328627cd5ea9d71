import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { authorizeScope } from "@/lib/access/scope-access";
import { listPeriods } from "@/lib/periods/queries";
import { orNotFound } from "@/lib/page-guard";
import { PageHeading } from "@/components/admin/page-heading";
import { PeriodList } from "@/components/admin/period-list";
import { primaryButtonClass } from "@/components/admin/form-message";

export const metadata: Metadata = { title: "Periode penilaian" };

export default async function PeriodsPage({ searchParams }: { searchParams: Promise<{ arsip?: string }> }) {
  const archived = (await searchParams).arsip === "1";
  const user = await requireUser();
  const periods = await orNotFound(() => listPeriods(authorizeScope(user, "period.manage"), archived));
  return (
    <div className="space-y-6">
      <PageHeading title="Periode penilaian"
        description="Tahun, versi katalog, unit peserta dan jadwal penilaian mandiri, evaluasi TPI, perbaikan dan finalisasi.">
        <Link href="/admin/periode/baru" className={primaryButtonClass}>Buat periode</Link>
      </PageHeading>
      <p className="text-sm">
        {archived
          ? <Link href="/admin/periode" className="text-brand-700 underline">Kembali ke periode aktif</Link>
          : <Link href="/admin/periode?arsip=1" className="text-brand-700 underline">Lihat periode yang diarsipkan</Link>}
      </p>
      <PeriodList periods={periods} now={new Date()} />
    </div>
  );
}
