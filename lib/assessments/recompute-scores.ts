import "server-only";
import { prisma } from "@/lib/db";
import { getCatalogue } from "@/lib/catalogue/queries";
import { storeScores } from "@/lib/assessments/store-scores";
import type { Side } from "@/lib/generated/prisma/enums";

/**
 * Rebuilds the stored scores of one assessment from its answers, e.g. after a scoring fix.
 * Unsafe: no user, no access check; for the recompute script only.
 * Locks the assessment like a save does, so it never races a save.
 */
export async function unsafeRecomputeAssessmentScores(assessmentId: string) {
  return prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ catalogueVersionId: string }[]>`
      SELECT p."catalogueVersionId" FROM "Assessment" a JOIN "Period" p ON p."id" = a."periodId"
      WHERE a."id" = ${assessmentId} FOR UPDATE OF a`;
    if (!row) throw new Error(`assessment ${assessmentId} not found`);
    const loaded = await getCatalogue(row.catalogueVersionId);
    const totals: Partial<Record<Side, number>> = {};
    for (const side of ["SELF", "EVALUATOR"] as const) {
      const hasAnswers = side === "SELF" || (await tx.answer.count({ where: { assessmentId, side } })) > 0;
      if (!hasAnswers) continue;
      const stored = await storeScores(tx, assessmentId, side, loaded);
      totals[side] = stored.total;
      if (side === "SELF") await tx.assessment.update({ where: { id: assessmentId }, data: { answeredCount: stored.answered } });
    }
    return totals;
  });
}
