import "server-only";
import type { TTransaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Side } from "@/lib/generated/prisma/enums";
import type { TLoadedCatalogue } from "@/lib/catalogue/queries";
import type { TAnswer, TScoreResult } from "@/lib/scoring/types";
import type { TStoredScore } from "@/lib/assessments/types";
import { toEngineAnswer } from "@/lib/assessments/answer-dto";
import { computeStoredScore, headlineScores, toNumeric } from "@/lib/assessments/compute-stored-score";
import { figuresOf, isCurrentRecord, toRecord } from "@/lib/assessments/stored-score-record";
import { rescoreItem } from "@/lib/scoring/rescore-item";

/**
 * Recomputes one side's whole score from its answers and stores it. Runs in the transaction of the
 * change, after the assessment row was locked, so concurrent saves cannot store a stale score.
 */
export async function storeScores(
  tx: TTransaction,
  assessmentId: string,
  side: Side,
  loaded: TLoadedCatalogue,
  activityAt?: Date,
): Promise<TStoredScore> {
  const answers = await loadAnswers(tx, assessmentId, side, loaded);
  const preconditions = side === "EVALUATOR" ? await loadPreconditions(tx, assessmentId) : undefined;
  const stored = computeStoredScore(loaded.catalogue, answers, preconditions);
  await writeScoreRows(tx, { assessmentId, side, loaded, result: stored, activityAt });
  return stored;
}

/**
 * The score after a save changed one item's answer, to write with the save: that item re-scored
 * from the stored record (its node, the ancestors, the total and the predicates; only the changed
 * NodeScore rows are written). Without a current record (the first save, or a score from before
 * exact scoring) everything is recomputed from the stored answers with the new one in its place.
 */
export async function rescoreSave(
  tx: TTransaction,
  save: { assessmentId: string; side: Side; loaded: TLoadedCatalogue; storedResult: unknown; itemId: string; answer: TAnswer; activityAt: Date },
): Promise<TScoreWrite> {
  const { assessmentId, side, loaded, storedResult, activityAt } = save;
  const itemCode = loaded.itemsById.get(save.itemId)!.item.code;
  if (isCurrentRecord(storedResult)) {
    const previous = figuresOf(loaded.catalogue, storedResult);
    const { result, changedNodes } = rescoreItem(loaded.catalogue, previous, itemCode, save.answer, { preconditions: storedResult.preconditions });
    return { assessmentId, side, loaded, result, nodeCodes: changedNodes, activityAt };
  }
  const answers = await loadAnswers(tx, assessmentId, side, loaded);
  answers.set(itemCode, save.answer);
  const preconditions = side === "EVALUATOR" ? await loadPreconditions(tx, assessmentId) : undefined;
  return { assessmentId, side, loaded, result: computeStoredScore(loaded.catalogue, answers, preconditions), activityAt };
}

async function loadAnswers(tx: TTransaction, assessmentId: string, side: Side, loaded: TLoadedCatalogue) {
  const rows = await tx.answer.findMany({ where: { assessmentId, side }, select: { itemId: true, optionKey: true, inputs: true, surveyIndex: true } });
  const answers = new Map<string, TAnswer>();
  for (const row of rows) {
    const ref = loaded.itemsById.get(row.itemId);
    if (ref) answers.set(ref.item.code, toEngineAnswer(row));
  }
  return answers;
}

async function loadPreconditions(tx: TTransaction, assessmentId: string) {
  const checks = await tx.preconditionCheck.findMany({ where: { assessmentId }, select: { label: true, met: true } });
  return Object.fromEntries(checks.map((c) => [c.label, c.met]));
}

export type TScoreWrite = {
  assessmentId: string;
  side: Side;
  loaded: TLoadedCatalogue;
  result: TScoreResult;
  /** The NodeScore rows to write; every node when omitted (a save passes the nodes its answer changed). */
  nodeCodes?: readonly string[];
  /** Also stamps the assessment's last activity and, for the unit's side, its answered count. */
  activityAt?: Date;
};

/** Writes a stored score in ONE statement: see scoreWriteSql. */
export async function writeScoreRows(tx: TTransaction, write: TScoreWrite) {
  await tx.$executeRaw`WITH ${Prisma.join(scoreWriteSql(write), ", ")} SELECT 1`;
}

/**
 * The writes of a stored score as named parts of one WITH statement (PostgreSQL runs every
 * data-modifying part once, read or not): the exact record and headline columns, the NodeScore
 * rows asked for and, on a save, the assessment's counters. A save adds its answer and audit event.
 */
export function scoreWriteSql(write: TScoreWrite): Prisma.Sql[] {
  return [scoreRowSql(write), ...scoreDetailSql(write)];
}

/**
 * `score AS (...)`: the side's AssessmentScore row, returning a row when written. With a guard (an
 * optimistic save, lib/assessments/write-save.ts) it is written only if the part `guard` found the
 * assessment unchanged and the row is still the version the save read (its xmin). ON CONFLICT
 * judges the row's latest committed version, so a save that raced with another writes nothing.
 */
export function scoreRowSql(write: TScoreWrite, guard?: { rowVersion: string }): Prisma.Sql {
  const { assessmentId, side, loaded, result } = write;
  const headline = headlineScores(loaded.catalogue, result);
  const onConflict = Prisma.sql`DO UPDATE SET
        "total" = EXCLUDED."total", "pengungkit" = EXCLUDED."pengungkit", "hasil" = EXCLUDED."hasil",
        "pemenuhan" = EXCLUDED."pemenuhan", "reform" = EXCLUDED."reform", "answered" = EXCLUDED."answered",
        "wbkMet" = EXCLUDED."wbkMet", "wbbmMet" = EXCLUDED."wbbmMet", "result" = EXCLUDED."result", "computedAt" = EXCLUDED."computedAt"
        ${guard ? Prisma.sql`WHERE "AssessmentScore".xmin = ${guard.rowVersion}::xid` : Prisma.empty}`;
  return Prisma.sql`score AS (
      INSERT INTO "AssessmentScore" ("assessmentId", "side", "total", "pengungkit", "hasil", "pemenuhan", "reform", "answered", "wbkMet", "wbbmMet", "result", "computedAt")
      SELECT ${assessmentId}, ${side}::"Side", ${headline.total}::numeric, ${headline.pengungkit}::numeric, ${headline.hasil}::numeric,
             ${headline.pemenuhan}::numeric, ${headline.reform}::numeric, ${result.answered}::int, ${headline.wbkMet}::boolean, ${headline.wbbmMet}::boolean,
             ${JSON.stringify(toRecord(result))}::jsonb, ${new Date()}::timestamp(3)
      ${guard ? Prisma.sql`WHERE EXISTS (SELECT 1 FROM guard)` : Prisma.empty}
      ON CONFLICT ("assessmentId", "side") ${onConflict}
      RETURNING 1)`;
}

/** The NodeScore rows asked for and the assessment's counters; with `after`, only if that part wrote a row. */
export function scoreDetailSql(write: TScoreWrite, after?: "answer"): Prisma.Sql[] {
  const { assessmentId, side, result } = write;
  const nodes = (write.nodeCodes ?? Object.keys(result.nodes)).map((code) => result.nodes[code]!);
  const gate = after ? Prisma.sql`EXISTS (SELECT 1 FROM answer)` : Prisma.sql`TRUE`;
  const parts: Prisma.Sql[] = [];
  if (nodes.length > 0) {
    parts.push(Prisma.sql`nodes AS (
      INSERT INTO "NodeScore" ("assessmentId", "side", "nodeCode", "score", "share", "answered")
      SELECT ${assessmentId}, ${side}::"Side", t.code, t.score, t.share, t.answered
      FROM unnest(${nodes.map((n) => n.code)}::text[], ${nodes.map((n) => toNumeric(n.score))}::numeric[],
                  ${nodes.map((n) => toNumeric(n.share))}::numeric[], ${nodes.map((n) => n.answered)}::int[])
           AS t(code, score, share, answered)
      WHERE ${gate}
      ON CONFLICT ("assessmentId", "side", "nodeCode")
      DO UPDATE SET "score" = EXCLUDED."score", "share" = EXCLUDED."share", "answered" = EXCLUDED."answered"
      RETURNING 1)`);
  }
  if (write.activityAt) {
    parts.push(Prisma.sql`touched AS (
      UPDATE "Assessment" SET "lastActivityAt" = ${write.activityAt},
        "answeredCount" = CASE WHEN ${side}::"Side" = 'SELF' THEN ${result.answered}::int ELSE "answeredCount" END
      WHERE "id" = ${assessmentId} AND ${gate} RETURNING 1)`);
  }
  return parts;
}
