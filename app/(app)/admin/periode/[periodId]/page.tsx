import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { authorizePeriod } from "@/lib/access/period-access";
import { getPeriodDetail } from "@/lib/periods/queries";
import { listAgencyUnits } from "@/lib/units/queries";
import { orNotFound } from "@/lib/page-guard";
import { toWindowInputs } from "@/lib/periods/window-dates";
import { formatInteger } from "@/lib/format";
import { PageHeading } from "@/components/admin/page-heading";
import { PeriodStatusBadge } from "@/components/admin/period-status-badge";
import { WindowList } from "@/components/admin/window-list";
import { EditWindowsForm } from "@/components/admin/edit-windows-form";
import { PeriodAssessmentTable } from "@/components/admin/period-assessment-table";
import { AddUnitsForm } from "@/components/admin/add-units-form";
import { PeriodLifecycle } from "@/components/admin/period-lifecycle";

export const metadata: Metadata = { title: "Rincian periode penilaian" };

export default async function PeriodPage({ params }: { params: Promise<{ periodId: string }> }) {
  const { periodId } = await params;
  const user = await requireUser();
  const access = await orNotFound(authorizePeriod(user, periodId, "period.manage"));
  const [period, units] = await Promise.all([getPeriodDetail(access), listAgencyUnits(access)]);
  const closed = period.status === "CLOSED" || period.status === "ARCHIVED";
  const version = period.catalogueVersion;
  return (
    <div className="space-y-8">
      <PageHeading title={`${period.name} (${period.year})`} back={{ href: "/admin/periode", label: "Periode penilaian" }}
        description={<>
          {period.agency.name} · Katalog{" "}
          <Link href={`/admin/katalog/${version.id}`} className="text-brand-700 underline">{version.code} versi {version.version}</Link>{" "}
          ({formatInteger(version.itemCount)} butir)
        </>}>
        <PeriodStatusBadge phase={period.phase} />
      </PageHeading>

      <section aria-labelledby="jadwal" className="space-y-3">
        <h2 id="jadwal" className="text-lg font-semibold">Jadwal tahapan</h2>
        <WindowList windows={period.windows} now={new Date()} />
        {closed ? null : (
          <details className="rounded-lg border border-slate-200 bg-white p-3">
            <summary className="cursor-pointer font-medium">Ubah jadwal</summary>
            <div className="mt-3"><EditWindowsForm periodId={period.id} windows={toWindowInputs(period.windows)} /></div>
          </details>
        )}
      </section>

      <section aria-labelledby="peserta" className="space-y-3">
        <h2 id="peserta" className="text-lg font-semibold">Unit peserta ({formatInteger(period.assessments.length)})</h2>
        <PeriodAssessmentTable assessments={period.assessments} />
        {closed ? null : (
          <details className="rounded-lg border border-slate-200 bg-white p-3">
            <summary className="cursor-pointer font-medium">Tambah unit peserta</summary>
            <div className="mt-3">
              <AddUnitsForm periodId={period.id} units={units} participating={period.assessments.map((a) => a.unit.id)} />
            </div>
          </details>
        )}
      </section>

      <section aria-labelledby="status-periode" className="space-y-3">
        <h2 id="status-periode" className="text-lg font-semibold">Status periode</h2>
        <PeriodLifecycle periodId={period.id} name={period.name} status={period.status} />
      </section>
    </div>
  );
}
