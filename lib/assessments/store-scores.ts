import "server-only";
import type { TTransaction } from "@/lib/db";
import type { Side } from "@/lib/generated/prisma/enums";
import type { TLoadedCatalogue } from "@/lib/catalogue/queries";
import type { TAnswer } from "@/lib/scoring/types";
import type { TStoredScore } from "@/lib/assessments/types";
import { toEngineAnswer } from "@/lib/assessments/answer-dto";
import { computeStoredScore, headlineScores } from "@/lib/assessments/compute-stored-score";

/**
 * Recomputes one side's score from its answers and stores it. Runs in the transaction of the
 * change, after the assessment row was locked, so concurrent saves cannot store a stale score.
 */
export async function storeScores(tx: TTransaction, assessmentId: string, side: Side, loaded: TLoadedCatalogue): Promise<TStoredScore> {
  const rows = await tx.answer.findMany({
    where: { assessmentId, side },
    select: { itemId: true, optionKey: true, inputs: true, surveyIndex: true },
  });
  const answers = new Map<string, TAnswer>();
  for (const row of rows) {
    const ref = loaded.itemsById.get(row.itemId);
    if (ref) answers.set(ref.item.code, toEngineAnswer(row));
  }
  const preconditions = side === "EVALUATOR" ? await loadPreconditions(tx, assessmentId) : undefined;
  const stored = computeStoredScore(loaded.catalogue, answers, preconditions);
  await writeScoreRows(tx, assessmentId, side, loaded, stored);
  return stored;
}

async function loadPreconditions(tx: TTransaction, assessmentId: string) {
  const checks = await tx.preconditionCheck.findMany({ where: { assessmentId }, select: { label: true, met: true } });
  return Object.fromEntries(checks.map((c) => [c.label, c.met]));
}

export async function writeScoreRows(tx: TTransaction, assessmentId: string, side: Side, loaded: TLoadedCatalogue, stored: TStoredScore) {
  const headline = headlineScores(loaded.catalogue, stored);
  const data = { ...headline, answered: stored.answered, result: stored as object, computedAt: new Date() };
  await tx.assessmentScore.upsert({
    where: { assessmentId_side: { assessmentId, side } },
    create: { assessmentId, side, ...data },
    update: data,
  });
  const nodes = Object.values(stored.nodes);
  // One statement for every node: a save stays a handful of round trips.
  await tx.$executeRaw`
    INSERT INTO "NodeScore" ("assessmentId", "side", "nodeCode", "score", "share", "answered")
    SELECT ${assessmentId}, ${side}::"Side", t.code, t.score, t.share, t.answered
    FROM unnest(${nodes.map((n) => n.code)}::text[], ${nodes.map((n) => n.score)}::float8[],
                ${nodes.map((n) => n.share)}::float8[], ${nodes.map((n) => n.answered)}::int[])
         AS t(code, score, share, answered)
    ON CONFLICT ("assessmentId", "side", "nodeCode")
    DO UPDATE SET "score" = EXCLUDED."score", "share" = EXCLUDED."share", "answered" = EXCLUDED."answered"`;
}
