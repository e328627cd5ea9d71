import "server-only";
import { randomUUID } from "node:crypto";
import { sqlQuery, type prisma, type TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { auditInsertSql } from "@/lib/audit/record-audit";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Side } from "@/lib/generated/prisma/enums";
import type { TAnswer } from "@/lib/scoring/types";
import { toAnswerDto } from "@/lib/assessments/answer-dto";
import type { TStoredAnswer } from "@/lib/assessments/load-item-state";
import { scoreDetailSql, scoreRowSql, type TScoreWrite } from "@/lib/assessments/store-scores";
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

/** An optimistic save's conditions: the assessment and its stored score as the save read them. */
export type TSaveGuard = { statusVersion: number; periodStatus: string; scoreRowVersion: string };

/**
 * Writes a save in ONE statement (a save by hand drops the survey an index came from:
 * lib/surveys/apply-to-hasil.ts sets it again after its own save): the side's score row, the
 * answer, its audit event (before and after), the changed NodeScore rows and the assessment's
 * counters; each part after the score row runs only if the one before it wrote.
 * Without a guard the caller holds the assessment's row lock (authorizeAssessment with lock).
 * With a guard (no transaction around it) the statement first locks the assessment row, as every
 * writer of answers does, and writes only if its status and its period's status are still as read and the
 * score row is still the version read: every change of an answer rewrites that row in its
 * transaction, so an unchanged row means nothing the save was computed from has moved.
 * Returns the answer as saved, or null when a guard failed and nothing was written.
 */
export async function writeSave(access: TAssessmentAccess, db: TTransaction | typeof prisma, save: TSaveWrite, guard?: TSaveGuard): Promise<TAnswerDto | null> {
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
  const carried = fields.carried ?? existing?.carried ?? false;
  const recheck = fields.recheck ?? existing?.recheck ?? [];
  const saved = toAnswerDto({
    itemId: save.itemId, ...fields, updatedBy: { name: user.name }, version: (existing?.version ?? 0) + 1, updatedAt, carried, recheck,
  });
  const answerId = existing?.id ?? randomUUID();
  const inputs = fields.inputs === null ? null : JSON.stringify(fields.inputs);
  const answerSql = existing
    ? Prisma.sql`answer AS (
        UPDATE "Answer" SET "optionKey" = ${fields.optionKey}, "inputs" = ${inputs}::jsonb,
          "surveyIndex" = ${fields.surveyIndex}::numeric, "value" = ${fields.value}, "narrative" = ${fields.narrative},
          "updatedById" = ${fields.updatedById}, "updatedAt" = ${updatedAt}, "version" = "version" + 1,
          "carried" = ${carried}, "recheck" = ${recheck}::text[], "sourceSurveyId" = NULL
        WHERE "id" = ${answerId} AND "version" = ${existing.version} AND EXISTS (SELECT 1 FROM score)
        RETURNING "id")`
    : Prisma.sql`answer AS (
        INSERT INTO "Answer" ("id", "assessmentId", "itemId", "side", "optionKey", "inputs", "surveyIndex", "value", "narrative",
                              "updatedById", "updatedAt", "version", "carried", "recheck")
        SELECT ${answerId}, ${assessmentId}, ${save.itemId}, ${save.side}::"Side", ${fields.optionKey}, ${inputs}::jsonb,
               ${fields.surveyIndex}::numeric, ${fields.value}, ${fields.narrative}, ${fields.updatedById}, ${updatedAt}::timestamp(3), 1,
               ${carried}::boolean, ${recheck}::text[]
        WHERE EXISTS (SELECT 1 FROM score)
        RETURNING "id")`;
  const audit = Prisma.sql`audit AS (${auditInsertSql({
    actorId: user.id,
    action: save.side === "SELF" ? "answer.save" : "answer.evaluator.save",
    entityType: "Answer",
    entityId: answerId,
    assessmentId: assessmentId,
    itemId: save.itemId,
    before: existing ? auditSnapshot(toAnswerDto(existing)) : null,
    after: auditSnapshot(saved),
  }, Prisma.sql`FROM answer`)})`;
  const guardSql = guard
    ? [Prisma.sql`guard AS (
        SELECT 1 FROM "Assessment" a JOIN "Period" p ON p."id" = a."periodId"
        WHERE a."id" = ${assessmentId} AND a."statusVersion" = ${guard.statusVersion} AND p."status"::text = ${guard.periodStatus}
        FOR UPDATE OF a)`]
    : [];
  const parts = [...guardSql, scoreRowSql(save.score, guard && { rowVersion: guard.scoreRowVersion }), answerSql, audit, ...scoreDetailSql(save.score, "answer")];
  const statement = Prisma.sql`WITH ${Prisma.join(parts, ", ")} SELECT count(*)::int AS "written" FROM answer`;
  // A guarded save runs outside any transaction: straight on the pool (sqlQuery, lib/db.ts).
  const [written] = guard ? await sqlQuery<{ written: number }>(statement) : await db.$queryRaw<{ written: number }[]>(statement);
  if (written!.written === 1) return saved;
  if (!guard) throw new Error(`The save of answer ${answerId} wrote nothing while holding the assessment's lock.`);
  return null;
}

function auditSnapshot(dto: TAnswerDto) {
  return { optionKey: dto.optionKey, inputs: dto.inputs, surveyIndex: dto.surveyIndex, value: dto.value, narrative: dto.narrative, version: dto.version };
}
