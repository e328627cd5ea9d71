import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { getAssessmentHeader } from "@/lib/assessments/queries";
import { orNotFound } from "@/lib/page-guard";
import { ALL_AREAS, getPlanGrid, type TPlanFilters } from "@/lib/plans/plan-grid";
import { getPlanStructure } from "@/lib/plans/plan-structure";
import { STEP_STATUS_LABEL, type TStepStatus } from "@/lib/plans/plan-calendar";
import { progressText } from "@/lib/plans/progress-text";
import { AssessmentHeading } from "@/components/lke/assessment-heading";
import { PlanFilters } from "@/components/plans/plan-filters";
import { PlanGridTable } from "@/components/plans/plan-grid-table";
import { PrintButton } from "@/components/ui/print-button";
import { getPlanStartOptions } from "@/lib/plans/start-plan-options";
import { StartPlanPanel } from "@/components/plans/start-plan-panel";

export const metadata: Metadata = { title: "Rencana aksi" };

type TSearch = Promise<Record<string, string | string[] | undefined>>;

const one = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

export default async function PlanPage({ params, searchParams }: { params: Promise<{ assessmentId: string }>; searchParams: TSearch }) {
  const [{ assessmentId }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser();
  const access = await orNotFound(authorizeAssessment(user, assessmentId, "assessment.read"));
  const status = one(query.status);
  const filters: TPlanFilters = {
    area: one(query.area), person: one(query.pj),
    status: status && status in STEP_STATUS_LABEL ? (status as TStepStatus) : undefined,
  };
  const [header, grid, structure] = await Promise.all([getAssessmentHeader(access), getPlanGrid(access, filters), getPlanStructure(access.catalogueVersionId)]);
  const startOptions = grid.canEdit ? await getPlanStartOptions(access) : null;
  const base = `/lke/${assessmentId}/rencana-aksi`;
  const withArea = (area: string) => `${base}?${new URLSearchParams({ ...(filters.person ? { pj: filters.person } : {}), ...(filters.status ? { status: filters.status } : {}), area })}`;
  const closed = grid.areas.filter((a) => !a.open).length;

  return (
    <div className="space-y-4">
      <AssessmentHeading header={header} crumb="Rencana aksi" />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">Rencana aksi pembangunan ZI tahun {grid.year}</h2>
        <nav aria-label="Tautan rencana aksi" className="no-print flex flex-wrap gap-2 text-sm">
          <Link href={`/lke/${assessmentId}/rencana-aksi/monev`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5">Monev bulanan</Link>
          <a href={`/api/lke/${assessmentId}/rencana-aksi.xlsx`} download className="rounded-md border border-slate-300 bg-white px-3 py-1.5">Unduh rencana aksi (Excel)</a>
          <a href={`/api/lke/${assessmentId}/rencana-aksi.pdf`} download className="rounded-md border border-slate-300 bg-white px-3 py-1.5">Unduh rencana aksi (PDF)</a>
          {grid.canEdit ? <Link href={`/lke/${assessmentId}/rencana-aksi/impor`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5">Impor dari Excel</Link> : null}
          <PrintButton />
        </nav>
      </div>
      {one(query.diimpor) ? (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">{Number(one(query.diimpor)) || 0} langkah aksi disimpan dari berkas impor.</p>
      ) : null}
      <p className="text-sm text-slate-700" data-testid="plan-total">{progressText(grid.total)}</p>
      {!grid.canEdit && grid.canRealise ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">LKE sudah dikirim: rencana aksi terkunci. Realisasi langkah aksi tetap dapat dicatat.</p>
      ) : null}
      {!grid.canEdit && !grid.canRealise && (access.periodStatus === "CLOSED" || access.periodStatus === "ARCHIVED") ? (
        <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-800">Periode sudah ditutup: rencana aksi dan realisasinya hanya dapat dibaca.</p>
      ) : null}
      {startOptions ? <StartPlanPanel assessmentId={assessmentId} options={startOptions} planSteps={grid.total.steps} /> : null}
      <p className="text-xs text-slate-600">Tanda: ○ direncanakan · V terealisasi · ! terlambat (bulan sudah lewat, belum terealisasi).</p>
      <PlanFilters areas={structure.map(({ code, title }) => ({ code, title }))} people={grid.people} filters={filters} />
      {closed ? (
        <p className="no-print rounded-md bg-slate-50 p-3 text-sm text-slate-800" data-testid="plan-areas-closed">
          Rencana aksi ini memuat {grid.total.steps} langkah: pilih area untuk menampilkan langkah aksinya, atau{" "}
          <Link href={withArea(ALL_AREAS)} className="font-medium text-brand-700 underline">tampilkan semua area</Link> (misalnya untuk dicetak).
        </p>
      ) : null}
      <PlanGridTable assessmentId={assessmentId} grid={grid} areaHref={withArea} />
      <p className="text-sm"><Link href={`/lke/${assessmentId}`} className="underline">Kembali ke ringkasan LKE</Link></p>
    </div>
  );
}
