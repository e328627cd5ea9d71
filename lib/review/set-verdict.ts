import "server-only";
import { parseInput } from "@/lib/validation";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeAssessment, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { clock } from "@/lib/clock";
import { InvalidStateError } from "@/lib/errors";
import type { TAnswerDto, TScoreSummary } from "@/lib/assessments/types";
import { answersOfItem, writeCopiedAnswer } from "@/lib/review/copy-self-answer";
import { itemOfAssessment } from "@/lib/review/item-in-catalogue";
import { assertReviewWritable } from "@/lib/review/policy";
import { ZVerdict } from "@/lib/review/schemas";
import { startReviewIfNeeded } from "@/lib/review/start-review";

export type TVerdictResult = {
  verdict: "ACCEPTED" | "REVISION_REQUESTED";
  version: number;
  /** Set when accepting copied the unit's answer as the TPI answer. */
  copied: { answer: TAnswerDto; scores: TScoreSummary } | null;
};

/**
 * The evaluator accepts an item or sends it back with a note (which opens or extends its thread).
 * Accepting means the TPI agrees with the unit: without a TPI answer of their own, the unit's
 * answer becomes the TPI answer (through the evaluator's save), so the TPI score counts it.
 */
export async function setVerdict(user: TSessionUser, raw: unknown): Promise<TVerdictResult> {
  const input = parseInput(ZVerdict, raw);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, input.assessmentId, "review.write", { tx, lock: true });
    assertReviewWritable(access, clock.now());
    const ref = await itemOfAssessment(access, input.itemId);
    await startReviewIfNeeded(access, tx);

    let copied: TVerdictResult["copied"] = null;
    if (input.verdict === "ACCEPTED") {
      const answers = await answersOfItem(access, tx, ref.id);
      if (!answers.evaluatorAnswered) {
        if (!answers.self) throw new InvalidStateError(`Unit belum menjawab butir ${ref.item.code}. Isi jawaban TPI terlebih dahulu, lalu terima.`);
        copied = await writeCopiedAnswer(access, tx, ref, answers, answers.evaluator?.version ?? 0);
      }
    }
    const review = await writeVerdict(access, tx, ref.id, input.verdict, input.note);
    return { verdict: input.verdict, version: review.version, copied };
  });
}

/** Stores a verdict of the current round, the note that explains it, and its audit event. */
export async function writeVerdict(
  access: TAssessmentAccess, tx: TTransaction, itemId: string, verdict: "ACCEPTED" | "REVISION_REQUESTED", note: string,
) {
  const user = access.user;
  const key = { assessmentId_itemId: { assessmentId: access.id, itemId } };
  const before = await tx.itemReview.findUnique({ where: key });
  const decided = { verdict, round: access.revisionRound, decidedById: user.id, decidedAt: clock.now() };
  const review = await tx.itemReview.upsert({
    where: key,
    create: { assessmentId: access.id, itemId, ...decided },
    update: { ...decided, version: { increment: 1 } },
  });
  if (note) {
    await tx.itemNote.create({ data: { assessmentId: access.id, itemId, authorId: user.id, side: "EVALUATOR", body: note } });
  }
  await recordAudit(tx, {
    actorId: user.id,
    action: "review.verdict",
    entityType: "ItemReview",
    entityId: review.id,
    assessmentId: access.id,
    itemId,
    before: before ? { verdict: before.verdict } : null,
    after: { verdict: review.verdict, round: review.round, note: note || null },
  });
  return review;
}
