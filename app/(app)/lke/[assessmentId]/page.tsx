import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getCatalogue } from "@/lib/catalogue/queries";
import { getAssessmentHeader } from "@/lib/assessments/queries";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { orNotFound } from "@/lib/page-guard";
import { can } from "@/lib/auth/policy";
import { listItems } from "@/lib/scoring/catalogue-walk";
import { formatDateTimeIn } from "@/lib/format";
import { clock } from "@/lib/clock";
import { AssessmentHeading } from "@/components/lke/assessment-heading";
import { StageDeadline } from "@/components/lke/stage-deadline";
import { OverviewTable } from "@/components/lke/overview-table";
import { PredicateCard } from "@/components/lke/predicate-card";
import { GainsList } from "@/components/lke/gains-list";
import { AssessmentLinks } from "@/components/lke/assessment-links";
import { UnitWorkflowPanel } from "@/components/review/unit-workflow-panel";
import { getCompleteness } from "@/lib/review/completeness";
import { getRevisionItems } from "@/lib/review/revision-items";
import { getEvidenceCompleteness } from "@/lib/evidence/queries";
import { EvidenceCompleteness } from "@/components/evidence/evidence-completeness";
import { getOverviewScores } from "@/lib/review/overview-scores";
import { OverviewScoreHeader } from "@/components/review/overview-score-header";
import { WorkbookLinks } from "@/components/workbook/workbook-links";
import { getCarryForwardOverview } from "@/lib/carry-forward/queries";
import { CarryForwardPanel } from "@/components/carry-forward/carry-forward-panel";
import { DocumentLinks } from "@/components/documents/document-links";

export const metadata: Metadata = { title: "Ringkasan LKE" };

export default async function OverviewPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const user = await requireUser();
  const access = await orNotFound(authorizeAssessment(user, assessmentId, "assessment.read"));
  // A PEKPPP evaluation: the unit's part is its F-01.
  if ((await getCatalogue(access.catalogueVersionId)).catalogue.instrument === "PEKPPP") redirect(`/lke/${assessmentId}/f01`);
  const [header, loaded, scores, evidence, carried] = await Promise.all([
    getAssessmentHeader(access),
    getCatalogue(access.catalogueVersionId),
    getOverviewScores(access),
    getEvidenceCompleteness(access),
    getCarryForwardOverview(access),
  ]);
  const score = scores.self;
  // Once final, the predicate check that counts is the one on the TPI's score.
  const predicateScore = scores.headline === "EVALUATOR" && scores.evaluator ? scores.evaluator : score;
  const [completeness, revisionItems] = await Promise.all([
    header.canSubmit && header.status === "DRAFT" ? getCompleteness(access, loaded) : null,
    header.status === "REVISION_REQUESTED" ? getRevisionItems(access, loaded) : [],
  ]);
  const places = new Map(listItems(loaded.catalogue).map((p) => [p.item.code, p]));
  const sectionOf = Object.fromEntries([...places.values()].map((p) => [p.item.code, p.groupCode]));
  const gains = score.gains.map((g) => ({ ...g, text: places.get(g.itemCode)?.item.text ?? "", sectionCode: g.groupCode }));
  const [pengungkit, hasil] = loaded.catalogue.components;

  return (
    <div className="space-y-6">
      <AssessmentHeading header={header} />
      <StageDeadline status={header.status} windows={header.windows} timeZone={header.unit.timeZone} now={clock.now()} />
      <AssessmentLinks assessmentId={assessmentId} status={header.status} isEvaluator={header.isEvaluator} canPublish={can(access, "public.publish")} />
      <WorkbookLinks assessmentId={assessmentId} canImport={header.canEditSelf} />
      <DocumentLinks assessmentId={assessmentId} status={header.status} isEvaluator={header.isEvaluator} />
      <CarryForwardPanel assessmentId={assessmentId} overview={carried} />
      <UnitWorkflowPanel assessmentId={assessmentId} status={header.status} statusVersion={header.statusVersion} canSubmit={header.canSubmit}
        completeness={completeness} sectionOf={sectionOf} revisionItems={revisionItems} awaitingEvaluator={scores.awaitingEvaluator} />
      <OverviewScoreHeader assessmentId={assessmentId} scores={scores} parts={[...(pengungkit?.children ?? []), ...(hasil ? [hasil] : [])]}
        evidence={<EvidenceCompleteness className="block text-xs opacity-90" completeness={evidence} />} />
      <OverviewTable assessmentId={assessmentId} components={loaded.catalogue.components} score={score} />
      <section aria-labelledby="predikat" className="space-y-3">
        <h2 id="predikat" className="text-lg font-semibold">Pemenuhan syarat predikat{predicateScore === score ? "" : " (hasil evaluasi TPI)"}</h2>
        <div className="grid gap-3 md:grid-cols-2">
          {predicateScore.predicates.map((p) => <PredicateCard key={p.code} predicate={p} />)}
        </div>
      </section>
      <section aria-labelledby="peluang" className="space-y-3">
        <h2 id="peluang" className="text-lg font-semibold">Peluang kenaikan nilai terbesar</h2>
        <GainsList assessmentId={assessmentId} gains={gains} />
      </section>
      <p className="text-xs text-slate-500">
        Nilai ditampilkan dua desimal; perhitungan memakai presisi penuh. Aktivitas terakhir {formatDateTimeIn(header.lastActivityAt, header.unit.timeZone)}.{" "}
        <Link href="/" className="underline">Kembali ke beranda</Link>
      </p>
    </div>
  );
}
