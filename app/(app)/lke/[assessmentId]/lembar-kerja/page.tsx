import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { toScoreSummary } from "@/lib/assessments/compute-stored-score";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { orNotFound } from "@/lib/page-guard";
import { getUnitWorksheet } from "@/lib/worksheet/queries";
import { parseFilter } from "@/lib/worksheet/filters";
import { AssessmentHeading } from "@/components/lke/assessment-heading";
import { ScoreProvider } from "@/components/lke/score-context";
import { FillingPageProvider } from "@/components/lke/filling-page";
import { Worksheet } from "@/components/worksheet/worksheet";
import { WorksheetBar } from "@/components/worksheet/worksheet-bar";
import { tallyOf } from "@/components/worksheet/tally";

export const metadata: Metadata = { title: "Lembar kerja LKE" };

export default async function WorksheetPage({ params, searchParams }: { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ saring?: string }> }) {
  const [{ assessmentId }, { saring }] = await Promise.all([params, searchParams]);
  const user = await requireUser();
  const sheet = await orNotFound(async () => getUnitWorksheet(await authorizeAssessment(user, assessmentId, "assessment.read")));

  return (
    <ScoreProvider initial={toScoreSummary(sheet.score)}>
      <FillingPageProvider userId={user.id} initial={tallyOf(sheet.sections)}>
        <div className="space-y-4">
          <AssessmentHeading header={sheet.header} crumb="Lembar kerja" />
          <WorksheetBar assessmentId={assessmentId} side="SELF" overviewHref={`/lke/${assessmentId}`} />
          <noscript><p className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">JavaScript di peramban ini nonaktif: jawaban dapat dilihat, tetapi untuk mengisi dan menyimpan LKE aktifkan JavaScript.</p></noscript>
          <Worksheet assessmentId={assessmentId} side="SELF" sections={sheet.sections} initialFilter={parseFilter(saring)} hasRound={sheet.hasRound}
            cardBase={`/lke/${assessmentId}`} canReview={false} />
        </div>
      </FillingPageProvider>
    </ScoreProvider>
  );
}
