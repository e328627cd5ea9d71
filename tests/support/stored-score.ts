import { prisma } from "@/lib/db";
import { getCatalogue } from "@/lib/catalogue/queries";
import { GAINS_KEPT } from "@/lib/assessments/compute-stored-score";
import { expandRecord, isCurrentRecord } from "@/lib/assessments/stored-score-record";
import type { TStoredScore } from "@/lib/assessments/types";
import type { Side } from "@/lib/generated/prisma/enums";
import { Rational } from "@/lib/scoring/rational";

/** The stored score of one side as pages read it (exact), or null when none is stored. */
export async function storedScoreOf(assessmentId: string, side: Side): Promise<TStoredScore | null> {
  const row = await prisma.assessmentScore.findUnique({
    where: { assessmentId_side: { assessmentId, side } },
    select: { result: true, assessment: { select: { period: { select: { catalogueVersionId: true } } } } },
  });
  if (!row) return null;
  if (!isCurrentRecord(row.result)) throw new Error(`${assessmentId}/${side}: not an exact score record`);
  const loaded = await getCatalogue(row.assessment.period.catalogueVersionId);
  return expandRecord(loaded.catalogue, row.result, GAINS_KEPT);
}

/** Exact comparison for expectations: -1, 0 or 1. */
export const compareExact = (a: string, b: string) => Rational.parse(a).compare(Rational.parse(b));
