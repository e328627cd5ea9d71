import "server-only";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { getStoredScore } from "@/lib/assessments/queries";
import type { TStoredScore } from "@/lib/assessments/types";

/** The TPI has written something: from here on its score stands beside the unit's. */
const REVIEW_STARTED: readonly AssessmentStatus[] = ["IN_REVIEW", "REVISION_REQUESTED", "RESUBMITTED", "FINAL"];
/** Sent to the TPI and not final: it needs an evaluator to move on. */
export const WITH_TPI: readonly AssessmentStatus[] = ["SUBMITTED", "IN_REVIEW", "REVISION_REQUESTED", "RESUBMITTED"];

/** Sent, but no evaluator is assigned: it would appear in nobody's queue. */
export function isAwaitingEvaluator(status: AssessmentStatus, evaluatorCount: number) {
  return WITH_TPI.includes(status) && evaluatorCount === 0;
}

export type TOverviewScores = {
  self: TStoredScore;
  /** Null until the review started. */
  evaluator: TStoredScore | null;
  /** Which score the overview headlines: the TPI's once final. */
  headline: "SELF" | "EVALUATOR";
  /** Sent, but no evaluator is assigned: nobody's queue shows it. */
  awaitingEvaluator: boolean;
};

/** The scores the unit overview shows, for any reader of the assessment. */
export async function getOverviewScores(access: TAssessmentAccess): Promise<TOverviewScores> {
  const started = REVIEW_STARTED.includes(access.status);
  const [self, evaluator] = await Promise.all([
    getStoredScore(access, "SELF"),
    started ? getStoredScore(access, "EVALUATOR") : null,
  ]);
  return {
    self,
    evaluator,
    headline: access.status === "FINAL" ? "EVALUATOR" : "SELF",
    awaitingEvaluator: isAwaitingEvaluator(access.status, access.evaluatorIds.length),
  };
}
