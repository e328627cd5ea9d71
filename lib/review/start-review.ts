import "server-only";
import type { TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { recordAudit } from "@/lib/audit/record-audit";

/**
 * The first evaluator write on a (re)submitted assessment starts the review: IN_REVIEW. Runs in
 * the transaction that authorised `access` with the row locked, once per proof: the proof keeps
 * the status it was loaded with (a save authorised later in the transaction reads IN_REVIEW).
 */
export async function startReviewIfNeeded(access: TAssessmentAccess, tx: TTransaction) {
  if (access.status !== "SUBMITTED" && access.status !== "RESUBMITTED") return;
  await tx.assessment.update({ where: { id: access.id }, data: { status: "IN_REVIEW", statusVersion: { increment: 1 } } });
  await recordAudit(tx, {
    actorId: access.user.id,
    action: "assessment.start-review",
    entityType: "Assessment",
    entityId: access.id,
    assessmentId: access.id,
    before: { status: access.status },
    after: { status: "IN_REVIEW" },
  });
}
