import "server-only";
import { parseInput } from "@/lib/validation";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeAssessment, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { recordAudit } from "@/lib/audit/record-audit";
import type { TCatalogueItemRef } from "@/lib/catalogue/queries";
import { clock } from "@/lib/clock";
import { InvalidStateError } from "@/lib/errors";
import { toEngineAnswer } from "@/lib/assessments/answer-dto";
import { saveAnswer, type TSaveAnswerResult } from "@/lib/assessments/save-answer";
import { itemOfAssessment } from "@/lib/review/item-in-catalogue";
import { assertReviewWritable } from "@/lib/review/policy";
import { ZCopySelfAnswer } from "@/lib/review/schemas";

const ANSWER_FIELDS = { id: true, optionKey: true, inputs: true, surveyIndex: true, value: true, narrative: true, version: true, updatedById: true } as const;

/** Both sides' answers to one item; an answer that was cleared (no value) counts as none. */
export async function answersOfItem(access: TAssessmentAccess, tx: TTransaction, itemId: string) {
  const rows = await tx.answer.findMany({ where: { assessmentId: access.id, itemId }, select: { side: true, ...ANSWER_FIELDS } });
  const self = rows.find((r) => r.side === "SELF");
  const evaluator = rows.find((r) => r.side === "EVALUATOR") ?? null;
  return { self: self && self.value !== null ? self : null, evaluator, evaluatorAnswered: evaluator !== null && evaluator.value !== null };
}

export type TItemAnswers = Awaited<ReturnType<typeof answersOfItem>>;

/**
 * Writes the unit's answer as the TPI answer through the evaluator's own save (validation,
 * version check, score recomputation, its audit event), and records that it was a copy.
 * Runs inside the caller's transaction, after the caller locked and authorised the assessment.
 */
export async function writeCopiedAnswer(
  access: TAssessmentAccess, tx: TTransaction, ref: TCatalogueItemRef, answers: TItemAnswers, expectedVersion: number,
): Promise<TSaveAnswerResult> {
  const user = access.user;
  const self = answers.self;
  if (!self) throw new InvalidStateError(`Unit belum menjawab butir ${ref.item.code}; tidak ada jawaban unit yang dapat disalin. Isi jawaban TPI sendiri.`);
  const copied = toEngineAnswer(self);
  const saved = await saveAnswer(
    user,
    { assessmentId: access.id, itemId: ref.id, expectedVersion, answer: copied, narrative: answers.evaluator?.narrative ?? "" },
    "EVALUATOR",
    tx,
  );
  await recordAudit(tx, {
    actorId: user.id,
    action: "review.copy-self",
    entityType: "Answer",
    entityId: answers.evaluator?.id ?? `${access.id}:EVALUATOR:${ref.id}`,
    assessmentId: access.id,
    itemId: ref.id,
    after: { ...copied, selfVersion: self.version, version: saved.answer.version },
  });
  return saved;
}

/**
 * The evaluator takes the unit's answer to one item as the TPI answer ("Salin jawaban unit").
 * Replaces a TPI answer only at the version the evaluator saw, except the evaluator's own later
 * save: made on the page they are looking at, replacing it is what they asked for.
 */
export async function copySelfAnswer(user: TSessionUser, raw: unknown): Promise<TSaveAnswerResult> {
  const input = parseInput(ZCopySelfAnswer, raw);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, input.assessmentId, "answer.evaluator.write", { tx, lock: true });
    assertReviewWritable(access, clock.now());
    const ref = await itemOfAssessment(access, input.itemId);
    const answers = await answersOfItem(access, tx, ref.id);
    const current = answers.evaluator;
    const expected = current && current.updatedById === user.id ? current.version : input.expectedVersion;
    return writeCopiedAnswer(access, tx, ref, answers, expected);
  });
}
