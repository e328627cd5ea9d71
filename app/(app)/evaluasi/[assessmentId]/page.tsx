import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getAssessmentHeader } from "@/lib/assessments/queries";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { getScoreComparison } from "@/lib/review/queries";
import { getLhe } from "@/lib/review/lhe-store";
import { REVIEWABLE } from "@/lib/review/policy";
import { orNotFound } from "@/lib/page-guard";
import { displayTitle } from "@/lib/scoring/format-id";
import { AssessmentHeading } from "@/components/lke/assessment-heading";
import { PredicateCard } from "@/components/lke/predicate-card";
import { ScoreComparison } from "@/components/review/score-comparison";
import { PreconditionForm } from "@/components/review/precondition-form";
import { TransitionButton } from "@/components/review/transition-button";
import { RoundChangesList } from "@/components/review/round-changes-list";
import { getRoundChanges } from "@/lib/review/round-changes";
import { getFinalizeReadiness } from "@/lib/review/finalize-checklist";
import { WorkbookLinks } from "@/components/workbook/workbook-links";
import { redirect } from "next/navigation";
import { getCatalogue } from "@/lib/catalogue/queries";

export const metadata: Metadata = { title: "Evaluasi TPI" };

export default async function ReviewOverviewPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const user = await requireUser();
  // The TPI's own page: the unit and its leaders read the LKE elsewhere.
  const access = await orNotFound(authorizeAssessment(user, assessmentId, "review.read"));
  // A PEKPPP evaluation is scored on its own F-02 sheet.
  if ((await getCatalogue(access.catalogueVersionId)).catalogue.instrument === "PEKPPP") redirect(`/evaluasi/${assessmentId}/pekppp`);
  const [comparison, header, lhe, changes, checklist] = await Promise.all([
    getScoreComparison(access), getAssessmentHeader(access), getLhe(access), getRoundChanges(access), getFinalizeReadiness(access),
  ]);
  const { loaded, self, evaluator, flagged, isLead } = comparison;
  const reviewing = REVIEWABLE.includes(access.status);

  return (
    <div className="space-y-6">
      <AssessmentHeading header={header} crumb="Evaluasi TPI" readOnly={!reviewing} />
      <WorkbookLinks assessmentId={assessmentId} canImport={false} />
      <nav aria-label="Bagian LKE untuk dievaluasi" className="flex flex-wrap gap-2 text-sm">
        <Link href={`/evaluasi/${assessmentId}/lembar-kerja`} className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white">Lembar kerja (semua butir)</Link>
        {loaded.sections.map((s) => (
          <Link key={s.code} href={`/evaluasi/${assessmentId}/${s.code}`} className="rounded-md border border-slate-200 bg-white px-3 py-1.5 hover:border-brand-600">
            <span className="font-mono text-xs">{s.code}</span> {displayTitle(s.title)}
          </Link>
        ))}
      </nav>
      {isLead && reviewing ? (
        <section aria-labelledby="langkah-ketua" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="langkah-ketua" className="text-lg font-semibold">Langkah ketua tim</h2>
          <p className="text-sm text-slate-700">
            {flagged} butir ditandai perlu perbaikan.{" "}
            {checklist.ready ? "Semua butir dan prasyarat lengkap; penilaian siap difinalisasi."
              : `Sebelum finalisasi: ${checklist.openItems.length} butir dan ${checklist.openPreconditions.length} prasyarat belum lengkap (daftar di halaman LHE).`}
          </p>
          <div className="flex flex-wrap gap-3">
            {flagged > 0 ? (
              <TransitionButton assessmentId={assessmentId} action="requestRevision" statusVersion={access.statusVersion} tone="warning"
                label="Kembalikan untuk perbaikan" confirmLabel="Ya, kembalikan" confirmText={`Kembalikan LKE ke unit? Unit hanya dapat mengubah ${flagged} butir yang ditandai.`} />
            ) : null}
            <Link href={`/evaluasi/${assessmentId}/lhe`} className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800">Susun LHE & finalisasi</Link>
          </div>
        </section>
      ) : null}
      {changes ? <RoundChangesList assessmentId={assessmentId} changes={changes} /> : null}
      <section aria-labelledby="perbandingan" className="space-y-3">
        <h2 id="perbandingan" className="text-lg font-semibold">Nilai mandiri dan nilai TPI</h2>
        <ScoreComparison components={loaded.catalogue.components} self={self} evaluator={evaluator} />
      </section>
      <section aria-labelledby="predikat-tpi" className="space-y-3">
        <h2 id="predikat-tpi" className="text-lg font-semibold">Syarat predikat (nilai TPI)</h2>
        <div className="grid gap-3 md:grid-cols-2">{evaluator.predicates.map((p) => <PredicateCard key={p.code} predicate={p} />)}</div>
        <h3 id="prasyarat" className="scroll-mt-24 font-semibold">Keputusan prasyarat</h3>
        <p className="text-sm text-slate-600">Setiap prasyarat diputuskan terpenuhi atau tidak, dengan catatan dasar keputusannya; finalisasi memerlukan semuanya.</p>
        <PreconditionForm assessmentId={assessmentId} preconditions={lhe.preconditions} canEdit={reviewing} />
      </section>
    </div>
  );
}
