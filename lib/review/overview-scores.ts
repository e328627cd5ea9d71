import "server-only";
import type { TSessionUser } from "@/lib/auth/load-user";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { requireAssessment } from "@/lib/assessments/access";
import { unsafeGetStoredScore } from "@/lib/assessments/queries";
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
export async function getOverviewScores(user: TSessionUser, assessmentId: string): Promise<TOverviewScores> {
  const scope = await requireAssessment(user, assessmentId);
  const started = REVIEW_STARTED.includes(scope.status);
  const [self, evaluator] = await Promise.all([
    unsafeGetStoredScore(assessmentId, "SELF", scope.catalogueVersionId),
    started ? unsafeGetStoredScore(assessmentId, "EVALUATOR", scope.catalogueVersionId) : null,
  ]);
  return {
    self,
    evaluator,
    headline: scope.status === "FINAL" ? "EVALUATOR" : "SELF",
    awaitingEvaluator: isAwaitingEvaluator(scope.status, scope.evaluatorIds.length),
  };
}
