import "server-only";
import type { TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import type { TAssessmentScope } from "@/lib/assessments/access";
import { recordAudit } from "@/lib/audit/record-audit";

/** The first evaluator write on a (re)submitted assessment starts the review: IN_REVIEW. */
export async function startReviewIfNeeded(tx: TTransaction, user: TSessionUser, scope: TAssessmentScope) {
  if (scope.status !== "SUBMITTED" && scope.status !== "RESUBMITTED") return;
  await tx.assessment.update({ where: { id: scope.id }, data: { status: "IN_REVIEW", statusVersion: { increment: 1 } } });
  await recordAudit(tx, {
    actorId: user.id,
    action: "assessment.start-review",
    entityType: "Assessment",
    entityId: scope.id,
    assessmentId: scope.id,
    before: { status: scope.status },
    after: { status: "IN_REVIEW" },
  });
  scope.status = "IN_REVIEW";
  scope.statusVersion += 1;
}
