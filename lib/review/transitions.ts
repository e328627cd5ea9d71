import "server-only";
import { parseInput } from "@/lib/validation";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCatalogue } from "@/lib/catalogue/queries";
import { clock } from "@/lib/clock";
import { ConflictError, InvalidStateError } from "@/lib/errors";
import type { AssessmentStatus, Stage } from "@/lib/generated/prisma/enums";
import { authorizeAssessment, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { STATUS_LABEL } from "@/lib/assessments/status-labels";
import { getCompleteness } from "@/lib/review/completeness";
import { describeOpenChecklist, getFinalizeChecklist } from "@/lib/review/finalize-checklist";
import { finalizeLhe } from "@/lib/review/lhe-store";
import { ZTransition, type TTransitionInput } from "@/lib/review/schemas";
import { assertWindowOpen } from "@/lib/review/windows";
import { assertPeriodOpenForWork } from "@/lib/periods/policy";
import { enqueueJob } from "@/lib/jobs/enqueue";
import type { TJobPayloads } from "@/lib/jobs/job-names";

type TAction = TTransitionInput["action"];
type TRule = { from: readonly AssessmentStatus[]; to: AssessmentStatus; stage: Stage; by: "assessment.submit" | "review.lead"; verb: string };

/** Every allowed move of an assessment and who makes it (the unit head, the TPI team's lead); anything else is refused. */
export const TRANSITIONS: Record<TAction, TRule> = {
  submit: { from: ["DRAFT"], to: "SUBMITTED", stage: "SELF_ASSESSMENT", by: "assessment.submit", verb: "mengirim LKE" },
  requestRevision: { from: ["IN_REVIEW"], to: "REVISION_REQUESTED", stage: "REVIEW", by: "review.lead", verb: "meminta perbaikan" },
  resubmit: { from: ["REVISION_REQUESTED"], to: "RESUBMITTED", stage: "REVISION", by: "assessment.submit", verb: "mengirim ulang LKE" },
  finalize: { from: ["IN_REVIEW"], to: "FINAL", stage: "FINAL", by: "review.lead", verb: "memfinalisasi penilaian" },
};

export async function transitionAssessment(user: TSessionUser, raw: unknown) {
  const input = parseInput(ZTransition, raw);
  const rule = TRANSITIONS[input.action];
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, input.assessmentId, rule.by, { tx, lock: true });
    if (access.statusVersion !== input.expectedStatusVersion) {
      throw new ConflictError(`Status penilaian baru saja berubah menjadi "${STATUS_LABEL[access.status]}". Muat ulang halaman.`);
    }
    if (!rule.from.includes(access.status)) {
      throw new InvalidStateError(`Tidak dapat ${rule.verb} dari status "${STATUS_LABEL[access.status]}".`);
    }
    assertPeriodOpenForWork(access);
    assertWindowOpen(access.windows, rule.stage, clock.now());
    const extra = await CHECKS[input.action](access, tx, input);

    const now = clock.now();
    const updated = await tx.assessment.update({
      where: { id: access.id },
      data: { status: rule.to, statusVersion: { increment: 1 }, lastActivityAt: now, ...extra },
      select: { status: true, statusVersion: true, revisionRound: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: `assessment.${input.action}`,
      entityType: "Assessment",
      entityId: access.id,
      assessmentId: access.id,
      before: { status: access.status },
      after: { status: rule.to, revisionRound: updated.revisionRound },
    });
    await enqueueJob(tx, "notify-event", { kind: NOTIFY[input.action], assessmentId: access.id, statusVersion: updated.statusVersion });
    return updated;
  });
}

/** The notification each move sends (lib/notifications), enqueued in the move's own transaction. */
const NOTIFY: Record<TAction, TJobPayloads["notify-event"]["kind"]> = {
  submit: "LKE_SUBMITTED",
  requestRevision: "LKE_REVISION_REQUESTED",
  resubmit: "LKE_RESUBMITTED",
  finalize: "LKE_FINALISED",
};

type TCheck = (access: TAssessmentAccess, tx: TTransaction, input: TTransitionInput) => Promise<Record<string, unknown>>;

// Conditions beyond status, role and window; each returns extra fields to store.
const CHECKS: Record<TAction, TCheck> = {
  async submit(access, tx, input) {
    const completeness = await getCompleteness(access, await getCatalogue(access.catalogueVersionId), tx);
    const gaps = completeness.unanswered.length + completeness.withoutEvidence.length;
    if (gaps > 0 && !input.acknowledgeIncomplete) {
      throw new InvalidStateError(
        `Masih ada ${completeness.unanswered.length} butir belum dijawab dan ${completeness.withoutEvidence.length} butir tanpa bukti dukung. Konfirmasi untuk tetap mengirim.`,
      );
    }
    return { submittedAt: clock.now() };
  },
  async requestRevision(access, tx) {
    const flagged = await tx.itemReview.count({ where: { assessmentId: access.id, verdict: "REVISION_REQUESTED" } });
    if (flagged === 0) throw new InvalidStateError("Tandai minimal satu butir \"Perlu perbaikan\" sebelum meminta perbaikan.");
    return { revisionRound: { increment: 1 } };
  },
  async resubmit() {
    return {};
  },
  async finalize(access, tx) {
    const checklist = await getFinalizeChecklist(access, await getCatalogue(access.catalogueVersionId), tx);
    if (!checklist.ready) throw new InvalidStateError(describeOpenChecklist(checklist));
    await finalizeLhe(access, tx);
    return { finalizedAt: clock.now() };
  },
};
