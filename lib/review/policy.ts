import { ForbiddenError, InvalidStateError } from "@/lib/errors";
import type { AssessmentStatus, Verdict } from "@/lib/generated/prisma/enums";
import type { TSessionUser } from "@/lib/auth/load-user";
import { can } from "@/lib/auth/policy";
import type { TAssessmentScope } from "@/lib/assessments/access";
import { assertWindowOpen, windowState } from "@/lib/review/windows";

// When may who write what. The status says whose turn it is; the period's windows say until when.

export const REVIEWABLE: readonly AssessmentStatus[] = ["SUBMITTED", "IN_REVIEW", "RESUBMITTED"];

/** The unit's answers and evidence: everything while in draft, only sent-back items in revision. */
export function assertSelfItemWritable(scope: TAssessmentScope, verdict: Verdict | null, now: Date) {
  if (scope.status === "DRAFT") return assertWindowOpen(scope.windows, "SELF_ASSESSMENT", now);
  if (scope.status === "REVISION_REQUESTED") {
    if (verdict !== "REVISION_REQUESTED") {
      throw new InvalidStateError("Butir ini tidak dikembalikan untuk perbaikan; hanya butir yang diminta TPI yang dapat diubah.");
    }
    return assertWindowOpen(scope.windows, "REVISION", now);
  }
  throw new InvalidStateError("LKE sudah dikirim; jawaban dan bukti dukung tidak dapat diubah kecuali pada butir yang dikembalikan untuk perbaikan.");
}

/** The evaluator's answers, verdicts and notes: while the assessment is with the TPI. */
export function assertReviewWritable(scope: TAssessmentScope, now: Date) {
  if (!REVIEWABLE.includes(scope.status)) {
    throw new InvalidStateError(
      scope.status === "FINAL" ? "Penilaian sudah final dan terkunci." : "Penilaian tidak sedang dievaluasi TPI (belum dikirim atau sedang diperbaiki unit).",
    );
  }
  assertWindowOpen(scope.windows, "REVIEW", now);
}

/** The lead edits the LHE while reviewing and up to finalisation (REVIEW or FINAL window). */
export function assertLheEditable(scope: TAssessmentScope, now: Date) {
  if (!REVIEWABLE.includes(scope.status)) assertReviewWritable(scope, now);
  const review = windowState(scope.windows, "REVIEW", now);
  if (review === "open" || windowState(scope.windows, "FINAL", now) === "open") return;
  // Name the window that matters: the review not yet begun, or else finalisation.
  assertWindowOpen(scope.windows, review === "not-yet" ? "REVIEW" : "FINAL", now);
}

export function isLeadEvaluator(user: TSessionUser, scope: TAssessmentScope) {
  return scope.leadEvaluatorIds.includes(user.id) && can(user, "review.write", scope);
}

export function assertLeadEvaluator(user: TSessionUser, scope: TAssessmentScope) {
  if (!isLeadEvaluator(user, scope)) throw new ForbiddenError("Hanya ketua tim evaluator (TPI) yang dapat melakukan ini.");
}

/** What the UI may offer; the mutations check again. */
export function selfWritableNow(scope: TAssessmentScope, now: Date) {
  if (scope.status === "DRAFT") return windowState(scope.windows, "SELF_ASSESSMENT", now) === "open";
  if (scope.status === "REVISION_REQUESTED") return windowState(scope.windows, "REVISION", now) === "open";
  return false;
}
