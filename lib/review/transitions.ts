import "server-only";
import { parseInput } from "@/lib/validation";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCatalogue } from "@/lib/catalogue/queries";
import { clock } from "@/lib/clock";
import { ConflictError, InvalidStateError } from "@/lib/errors";
import type { AssessmentStatus, Stage } from "@/lib/generated/prisma/enums";
import { assertAssessmentPermission, loadAssessmentScope, type TAssessmentScope } from "@/lib/assessments/access";
import { STATUS_LABEL } from "@/lib/assessments/status-labels";
import { getCompleteness } from "@/lib/review/completeness";
import { describeOpenChecklist, getFinalizeChecklist } from "@/lib/review/finalize-checklist";
import { finalizeLhe } from "@/lib/review/lhe-store";
import { assertLeadEvaluator } from "@/lib/review/policy";
import { ZTransition, type TTransitionInput } from "@/lib/review/schemas";
import { assertWindowOpen } from "@/lib/review/windows";

type TAction = TTransitionInput["action"];
type TRule = { from: readonly AssessmentStatus[]; to: AssessmentStatus; stage: Stage; by: "unitHead" | "leadEvaluator"; verb: string };

/** Every allowed move of an assessment; anything not listed here is refused. */
export const TRANSITIONS: Record<TAction, TRule> = {
  submit: { from: ["DRAFT"], to: "SUBMITTED", stage: "SELF_ASSESSMENT", by: "unitHead", verb: "mengirim LKE" },
  requestRevision: { from: ["IN_REVIEW"], to: "REVISION_REQUESTED", stage: "REVIEW", by: "leadEvaluator", verb: "meminta perbaikan" },
  resubmit: { from: ["REVISION_REQUESTED"], to: "RESUBMITTED", stage: "REVISION", by: "unitHead", verb: "mengirim ulang LKE" },
  finalize: { from: ["IN_REVIEW"], to: "FINAL", stage: "FINAL", by: "leadEvaluator", verb: "memfinalisasi penilaian" },
};

export async function transitionAssessment(user: TSessionUser, raw: unknown) {
  const input = parseInput(ZTransition, raw);
  const rule = TRANSITIONS[input.action];
  return prisma.$transaction(async (tx) => {
    const scope = await loadAssessmentScope(tx, input.assessmentId, true);
    if (rule.by === "unitHead") assertAssessmentPermission(user, scope, "assessment.submit");
    else {
      assertAssessmentPermission(user, scope, "review.write");
      assertLeadEvaluator(user, scope);
    }
    if (scope.statusVersion !== input.expectedStatusVersion) {
      throw new ConflictError(`Status penilaian baru saja berubah menjadi "${STATUS_LABEL[scope.status]}". Muat ulang halaman.`);
    }
    if (!rule.from.includes(scope.status)) {
      throw new InvalidStateError(`Tidak dapat ${rule.verb} dari status "${STATUS_LABEL[scope.status]}".`);
    }
    assertWindowOpen(scope.windows, rule.stage, clock.now());
    const extra = await CHECKS[input.action](tx, scope, input, user);

    const now = clock.now();
    const updated = await tx.assessment.update({
      where: { id: scope.id },
      data: { status: rule.to, statusVersion: { increment: 1 }, lastActivityAt: now, ...extra },
      select: { status: true, statusVersion: true, revisionRound: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: `assessment.${input.action}`,
      entityType: "Assessment",
      entityId: scope.id,
      assessmentId: scope.id,
      before: { status: scope.status },
      after: { status: rule.to, revisionRound: updated.revisionRound },
    });
    return updated;
  });
}

type TCheck = (tx: TTransaction, scope: TAssessmentScope, input: TTransitionInput, user: TSessionUser) => Promise<Record<string, unknown>>;

// Conditions beyond status, role and window; each returns extra fields to store.
const CHECKS: Record<TAction, TCheck> = {
  async submit(tx, scope, input) {
    const completeness = await getCompleteness(tx, scope.id, await getCatalogue(scope.catalogueVersionId));
    const gaps = completeness.unanswered.length + completeness.withoutEvidence.length;
    if (gaps > 0 && !input.acknowledgeIncomplete) {
      throw new InvalidStateError(
        `Masih ada ${completeness.unanswered.length} butir belum dijawab dan ${completeness.withoutEvidence.length} butir tanpa bukti dukung. Konfirmasi untuk tetap mengirim.`,
      );
    }
    return { submittedAt: clock.now() };
  },
  async requestRevision(tx, scope) {
    const flagged = await tx.itemReview.count({ where: { assessmentId: scope.id, verdict: "REVISION_REQUESTED" } });
    if (flagged === 0) throw new InvalidStateError("Tandai minimal satu butir \"Perlu perbaikan\" sebelum meminta perbaikan.");
    return { revisionRound: { increment: 1 } };
  },
  async resubmit() {
    return {};
  },
  async finalize(tx, scope, _input, user) {
    const checklist = await getFinalizeChecklist(tx, scope.id, await getCatalogue(scope.catalogueVersionId));
    if (!checklist.ready) throw new InvalidStateError(describeOpenChecklist(checklist));
    await finalizeLhe(tx, user, scope);
    return { finalizedAt: clock.now() };
  },
};
