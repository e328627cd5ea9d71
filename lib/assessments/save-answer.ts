import "server-only";
import { parseInput } from "@/lib/validation";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCatalogue } from "@/lib/catalogue/queries";
import { ConflictError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Side } from "@/lib/generated/prisma/enums";
import { answerValue } from "@/lib/scoring/answer-value";
import { validateAnswer } from "@/lib/scoring/validate-answer";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { toAnswerDto } from "@/lib/assessments/answer-dto";
import { clock } from "@/lib/clock";
import { assertReviewWritable, assertSelfItemWritable } from "@/lib/review/policy";
import { startReviewIfNeeded } from "@/lib/review/start-review";
import { ZSaveAnswer } from "@/lib/assessments/schemas";
import { storeScores } from "@/lib/assessments/store-scores";
import { toScoreSummary } from "@/lib/assessments/compute-stored-score";
import type { TAnswerDto, TScoreSummary } from "@/lib/assessments/types";

export type TSaveAnswerResult = { answer: TAnswerDto; scores: TScoreSummary };

/**
 * Saves one answer and the assessment's score in one transaction, with its audit event.
 * A save names the version it read; if someone saved in between, nothing is written and the
 * other person's answer comes back in the ConflictError.
 */
export async function saveAnswer(user: TSessionUser, rawInput: unknown, side: Side = "SELF", outerTx?: TTransaction): Promise<TSaveAnswerResult> {
  const input = parseInput(ZSaveAnswer, rawInput);
  // With `outerTx` the save joins the caller's transaction (the TPI copying a whole area at once).
  const write = async (tx: TTransaction) => {
    const scope = await authorizeAssessment(user, input.assessmentId, side === "SELF" ? "answer.self.write" : "answer.evaluator.write", { tx, lock: true });
    const loaded = await getCatalogue(scope.catalogueVersionId);
    const ref = loaded.itemsById.get(input.itemId);
    if (!ref) throw new ValidationError("Butir ini tidak termasuk dalam katalog LKE penilaian ini.");
    const now = clock.now();
    if (side === "SELF") {
      const review = await tx.itemReview.findUnique({ where: { assessmentId_itemId: { assessmentId: scope.id, itemId: input.itemId } }, select: { verdict: true } });
      assertSelfItemWritable(scope, review?.verdict ?? null, now);
    } else {
      assertReviewWritable(scope, now);
      await startReviewIfNeeded(scope, tx);
    }
    const validated = validateAnswer(ref.item, input.answer);
    if (!validated.ok) throw new ValidationError(validated.message, { answer: validated.message });
    const answer = validated.answer;
    const value = answerValue(ref.item, answer);

    const key = { assessmentId_side_itemId: { assessmentId: scope.id, side, itemId: input.itemId } };
    const existing = await tx.answer.findUnique({ where: key, include: { updatedBy: { select: { name: true } } } });
    if ((existing?.version ?? 0) !== input.expectedVersion) {
      const who = existing?.updatedBy.name ?? "pengguna lain";
      throw new ConflictError(
        `Butir ${ref.item.code} baru saja diubah oleh ${who}. Jawaban Anda belum disimpan; periksa nilai terbaru lalu putuskan.`,
        existing ? toAnswerDto(existing) : null,
      );
    }

    const fields = {
      optionKey: answer.optionKey ?? null,
      inputs: answer.inputs ?? Prisma.DbNull,
      surveyIndex: answer.surveyIndex ?? null,
      value,
      narrative: input.narrative,
      updatedById: user.id,
      // A carried answer the unit saves is its own answer now (lib/carry-forward).
      ...(side === "SELF" ? { carried: false, recheck: [] } : {}),
    };
    const saved = existing
      ? await tx.answer.update({
          where: { id: existing.id },
          data: { ...fields, version: { increment: 1 } },
          include: { updatedBy: { select: { name: true } } },
        })
      : await tx.answer.create({
          data: { assessmentId: scope.id, itemId: input.itemId, side, ...fields },
          include: { updatedBy: { select: { name: true } } },
        });

    await recordAudit(tx, {
      actorId: user.id,
      action: side === "SELF" ? "answer.save" : "answer.evaluator.save",
      entityType: "Answer",
      entityId: saved.id,
      assessmentId: scope.id,
      itemId: input.itemId,
      before: existing ? auditSnapshot(toAnswerDto(existing)) : null,
      after: auditSnapshot(toAnswerDto(saved)),
    });

    const stored = await storeScores(tx, scope.id, side, loaded);
    await tx.assessment.update({
      where: { id: scope.id },
      data: { lastActivityAt: new Date(), ...(side === "SELF" ? { answeredCount: stored.answered } : {}) },
    });
    return { answer: toAnswerDto(saved), scores: toScoreSummary(stored) };
  };
  return outerTx ? write(outerTx) : prisma.$transaction(write);
}

function auditSnapshot(dto: TAnswerDto) {
  return { optionKey: dto.optionKey, inputs: dto.inputs, surveyIndex: dto.surveyIndex, value: dto.value, narrative: dto.narrative, version: dto.version };
}
