import "server-only";
import type { TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { auditInsertSql } from "@/lib/audit/record-audit";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Side } from "@/lib/generated/prisma/enums";
import type { TAnswer } from "@/lib/scoring/types";
import { toAnswerDto } from "@/lib/assessments/answer-dto";
import type { TStoredAnswer } from "@/lib/assessments/load-item-state";
import { scoreWriteSql, type TScoreWrite } from "@/lib/assessments/store-scores";
import type { TAnswerDto } from "@/lib/assessments/types";

export type TSaveWrite = {
  side: Side;
  itemId: string;
  existing: TStoredAnswer | null;
  answer: TAnswer;
  value: string | null;
  narrative: string;
  score: TScoreWrite;
};

/**
 * Writes a save (a save by hand drops the survey an index came from: lib/surveys/apply-to-hasil.ts
 * sets it again after its own save): the answer, its audit event (before and after) and the score rows, in one
 * statement when the answer exists (a new answer is created first, so it gets its id). The
 * assessment row is locked (authorizeAssessment with lock), so the answer's version cannot move meanwhile.
 * Returns the answer as saved.
 */
export async function writeSave(access: TAssessmentAccess, tx: TTransaction, save: TSaveWrite): Promise<TAnswerDto> {
  const { existing, answer } = save;
  const { user, id: assessmentId } = access;
  const fields = {
    optionKey: answer.optionKey ?? null,
    inputs: answer.inputs ?? null,
    surveyIndex: answer.surveyIndex ?? null,
    value: save.value,
    narrative: save.narrative,
    updatedById: user.id,
    // A carried answer the unit saves is its own answer now (lib/carry-forward).
    ...(save.side === "SELF" ? { carried: false, recheck: [] as string[] } : {}),
  };
  const updatedAt = new Date();
  const created = existing
    ? null
    : await tx.answer.create({
        data: { assessmentId: assessmentId, itemId: save.itemId, side: save.side, ...fields, inputs: fields.inputs ?? Prisma.DbNull },
        select: { id: true, version: true, updatedAt: true },
      });
  const saved = toAnswerDto({
    itemId: save.itemId, ...fields, updatedBy: { name: user.name },
    version: created?.version ?? existing!.version + 1, updatedAt: created?.updatedAt ?? updatedAt,
    carried: fields.carried ?? existing?.carried, recheck: fields.recheck ?? existing?.recheck,
  });
  const answerId = created?.id ?? existing!.id;
  const parts = existing
    ? [Prisma.sql`answer AS (
        UPDATE "Answer" SET "optionKey" = ${fields.optionKey}, "inputs" = ${fields.inputs === null ? null : JSON.stringify(fields.inputs)}::jsonb,
          "surveyIndex" = ${fields.surveyIndex}::numeric, "value" = ${fields.value}, "narrative" = ${fields.narrative},
          "updatedById" = ${fields.updatedById}, "updatedAt" = ${updatedAt}, "version" = "version" + 1,
          "carried" = ${fields.carried ?? existing.carried ?? false}, "recheck" = ${fields.recheck ?? existing.recheck ?? []}::text[],
          "sourceSurveyId" = NULL
        WHERE "id" = ${answerId})`]
    : [];
  parts.push(Prisma.sql`audit AS (${auditInsertSql({
    actorId: user.id,
    action: save.side === "SELF" ? "answer.save" : "answer.evaluator.save",
    entityType: "Answer",
    entityId: answerId,
    assessmentId: assessmentId,
    itemId: save.itemId,
    before: existing ? auditSnapshot(toAnswerDto(existing)) : null,
    after: auditSnapshot(saved),
  })})`);
  await tx.$executeRaw`WITH ${Prisma.join([...parts, ...scoreWriteSql(save.score)], ", ")} SELECT 1`;
  return saved;
}

function auditSnapshot(dto: TAnswerDto) {
  return { optionKey: dto.optionKey, inputs: dto.inputs, surveyIndex: dto.surveyIndex, value: dto.value, narrative: dto.narrative, version: dto.version };
}
