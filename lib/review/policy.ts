import { InvalidStateError } from "@/lib/errors";
import type { AssessmentStatus, Verdict } from "@/lib/generated/prisma/enums";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { assertWindowOpen, windowState } from "@/lib/review/windows";
import { assertPeriodOpenForWork } from "@/lib/periods/policy";

// When may what be written: business rules, not authorization (who may is settled by the access
// proof each takes). The status says whose turn it is; the period's windows say until when.

export const REVIEWABLE: readonly AssessmentStatus[] = ["SUBMITTED", "IN_REVIEW", "RESUBMITTED"];

/** The unit's answers and evidence: everything while in draft, only sent-back items in revision. */
export function assertSelfItemWritable(access: TAssessmentAccess, verdict: Verdict | null, now: Date) {
  assertPeriodOpenForWork(access);
  if (access.status === "DRAFT") return assertWindowOpen(access.windows, "SELF_ASSESSMENT", now);
  if (access.status === "REVISION_REQUESTED") {
    if (verdict !== "REVISION_REQUESTED") {
      throw new InvalidStateError("Butir ini tidak dikembalikan untuk perbaikan; hanya butir yang diminta TPI yang dapat diubah.");
    }
    return assertWindowOpen(access.windows, "REVISION", now);
  }
  throw new InvalidStateError("LKE sudah dikirim; jawaban dan bukti dukung tidak dapat diubah kecuali pada butir yang dikembalikan untuk perbaikan.");
}

/** The evaluator's answers, verdicts and notes: while the assessment is with the TPI. */
export function assertReviewWritable(access: TAssessmentAccess, now: Date) {
  assertPeriodOpenForWork(access);
  if (!REVIEWABLE.includes(access.status)) {
    throw new InvalidStateError(
      access.status === "FINAL" ? "Penilaian sudah final dan terkunci." : "Penilaian tidak sedang dievaluasi TPI (belum dikirim atau sedang diperbaiki unit).",
    );
  }
  assertWindowOpen(access.windows, "REVIEW", now);
}

/** The lead edits the LHE while reviewing and up to finalisation (REVIEW or FINAL window). */
export function assertLheEditable(access: TAssessmentAccess, now: Date) {
  assertPeriodOpenForWork(access);
  if (!REVIEWABLE.includes(access.status)) assertReviewWritable(access, now);
  const review = windowState(access.windows, "REVIEW", now);
  if (review === "open" || windowState(access.windows, "FINAL", now) === "open") return;
  // Name the window that matters: the review not yet begun, or else finalisation.
  assertWindowOpen(access.windows, review === "not-yet" ? "REVIEW" : "FINAL", now);
}

/** What the UI may offer; the mutations check again. */
export function selfWritableNow(access: TAssessmentAccess, now: Date) {
  if (access.periodStatus === "CLOSED" || access.periodStatus === "ARCHIVED") return false;
  if (access.status === "DRAFT") return windowState(access.windows, "SELF_ASSESSMENT", now) === "open";
  if (access.status === "REVISION_REQUESTED") return windowState(access.windows, "REVISION", now) === "open";
  return false;
}
