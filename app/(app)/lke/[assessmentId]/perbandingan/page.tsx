import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getAssessmentHeader } from "@/lib/assessments/queries";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { getScoreComparison } from "@/lib/review/queries";
import { orNotFound } from "@/lib/page-guard";
import { AssessmentHeading } from "@/components/lke/assessment-heading";
import { PredicateCard } from "@/components/lke/predicate-card";
import { ScoreComparison } from "@/components/review/score-comparison";

export const metadata: Metadata = { title: "Nilai mandiri vs TPI" };

export default async function ComparisonPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const user = await requireUser();
  const access = await orNotFound(authorizeAssessment(user, assessmentId, "assessment.read"));
  const [header, comparison] = await Promise.all([getAssessmentHeader(access), getScoreComparison(access)]);
  return (
    <div className="space-y-6">
      <AssessmentHeading header={header} crumb="Nilai mandiri vs TPI" />
      <ScoreComparison components={comparison.loaded.catalogue.components} self={comparison.self} evaluator={comparison.evaluator} />
      <section aria-labelledby="predikat-tpi" className="space-y-3">
        <h2 id="predikat-tpi" className="text-lg font-semibold">Syarat predikat pada nilai TPI</h2>
        <div className="grid gap-3 md:grid-cols-2">{comparison.evaluator.predicates.map((p) => <PredicateCard key={p.code} predicate={p} />)}</div>
      </section>
    </div>
  );
}
