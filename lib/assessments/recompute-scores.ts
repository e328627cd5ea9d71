import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import { getCatalogue, type TLoadedCatalogue } from "@/lib/catalogue/queries";
import { storeScores } from "@/lib/assessments/store-scores";
import { toEngineAnswer } from "@/lib/assessments/answer-dto";
import { answerValue } from "@/lib/scoring/answer-value";
import type { Side } from "@/lib/generated/prisma/enums";
import type { TExact } from "@/lib/scoring/types";
import { RECORD_FORMAT } from "@/lib/assessments/stored-score-record";

/**
 * Rebuilds the stored scores of one assessment from its answers, e.g. after a scoring fix, and the
 * engine's value stored on each answer (derived data, like the scores).
 * Unsafe: no user, no access check; for the recompute script and the migrate step only.
 * Locks the assessment like a save does, so it never races a save.
 */
export async function unsafeRecomputeAssessmentScores(assessmentId: string) {
  return prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ catalogueVersionId: string }[]>`
      SELECT p."catalogueVersionId" FROM "Assessment" a JOIN "Period" p ON p."id" = a."periodId"
      WHERE a."id" = ${assessmentId} FOR UPDATE OF a`;
    if (!row) throw new Error(`assessment ${assessmentId} not found`);
    const loaded = await getCatalogue(row.catalogueVersionId);
    const totals: Partial<Record<Side, TExact>> = {};
    for (const side of ["SELF", "EVALUATOR"] as const) {
      const answered = await repairAnswerValues(tx, assessmentId, side, loaded);
      if (side === "EVALUATOR" && answered === 0) continue;
      const stored = await storeScores(tx, assessmentId, side, loaded);
      totals[side] = stored.total;
      if (side === "SELF") await tx.assessment.update({ where: { id: assessmentId }, data: { answeredCount: stored.answered } });
    }
    return totals;
  });
}

/** Rewrites Answer.value where it is not the engine's exact value; returns the side's answer count. */
async function repairAnswerValues(tx: TTransaction, assessmentId: string, side: Side, loaded: TLoadedCatalogue): Promise<number> {
  const rows = await tx.answer.findMany({
    where: { assessmentId, side },
    select: { id: true, itemId: true, optionKey: true, inputs: true, surveyIndex: true, value: true },
  });
  const stale = rows.flatMap((answer) => {
    const ref = loaded.itemsById.get(answer.itemId);
    const value = ref ? (answerValue(ref.item, toEngineAnswer(answer))?.toExact() ?? null) : answer.value;
    return value === answer.value ? [] : [{ id: answer.id, value }];
  });
  if (stale.length > 0) {
    await tx.$executeRaw`
      UPDATE "Answer" a SET "value" = t.value
      FROM unnest(${stale.map((s) => s.id)}::text[], ${stale.map((s) => s.value)}::text[]) AS t(id, value)
      WHERE a."id" = t.id`;
  }
  return rows.length;
}

/**
 * Scores stored before scores were exact (older record formats, floats): rebuild those (run on every
 * start by the seed step; a no-op once done). Returns how many assessments were rebuilt.
 */
export async function unsafeRecomputeLegacyScores(): Promise<number> {
  const rows = await prisma.$queryRaw<{ assessmentId: string }[]>`
    SELECT DISTINCT "assessmentId" FROM "AssessmentScore" WHERE ("result"->>'format') IS DISTINCT FROM ${String(RECORD_FORMAT)}`;
  for (const { assessmentId } of rows) await unsafeRecomputeAssessmentScores(assessmentId);
  return rows.length;
}
