import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { toScoreSummary } from "@/lib/assessments/compute-stored-score";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { orNotFound } from "@/lib/page-guard";
import { getReviewWorksheet } from "@/lib/worksheet/queries";
import { parseFilter } from "@/lib/worksheet/filters";
import { AssessmentHeading } from "@/components/lke/assessment-heading";
import { ScoreProvider } from "@/components/lke/score-context";
import { FillingPageProvider } from "@/components/lke/filling-page";
import { Worksheet } from "@/components/worksheet/worksheet";
import { WorksheetBar } from "@/components/worksheet/worksheet-bar";
import { tallyOf } from "@/components/worksheet/tally";

export const metadata: Metadata = { title: "Lembar kerja evaluasi" };

export default async function ReviewWorksheetPage({ params, searchParams }: { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ saring?: string }> }) {
  const [{ assessmentId }, { saring }] = await Promise.all([params, searchParams]);
  const user = await requireUser();
  const sheet = await orNotFound(async () => getReviewWorksheet(await authorizeAssessment(user, assessmentId, "review.read")));

  return (
    <ScoreProvider initial={toScoreSummary(sheet.score)}>
      <FillingPageProvider userId={user.id} initial={tallyOf(sheet.sections)}>
        <div className="space-y-4">
          <AssessmentHeading header={sheet.header} crumb="Lembar kerja evaluasi TPI" readOnly={!sheet.canReview} />
          <WorksheetBar assessmentId={assessmentId} side="EVALUATOR" overviewHref={`/evaluasi/${assessmentId}`} selfTotal={sheet.selfTotal} />
          <noscript><p className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">JavaScript di peramban ini nonaktif: jawaban dapat dilihat, tetapi untuk menilai dan menyimpan aktifkan JavaScript.</p></noscript>
          {!sheet.canReview ? <p className="rounded-md bg-slate-100 p-3 text-sm">Penilaian tidak sedang dalam tahap evaluasi TPI; lembar kerja ini hanya baca.</p> : null}
          <Worksheet assessmentId={assessmentId} side="EVALUATOR" sections={sheet.sections} initialFilter={parseFilter(saring)} hasRound={sheet.hasRound}
            cardBase={`/evaluasi/${assessmentId}`} canReview={sheet.canReview} />
        </div>
      </FillingPageProvider>
    </ScoreProvider>
  );
}
