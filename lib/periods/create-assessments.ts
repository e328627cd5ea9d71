import "server-only";
import type { TTransaction } from "@/lib/db";
import type { TAgencyAccess, TPeriodAccess } from "@/lib/access/period-access";
import type { TLoadedCatalogue } from "@/lib/catalogue/queries";
import { computeStoredScore } from "@/lib/assessments/compute-stored-score";
import { writeScoreRows } from "@/lib/assessments/store-scores";

/** The catalogue of a period and the score of an LKE nobody has answered yet. */
export type TEmptyScore = { loaded: TLoadedCatalogue; itemCount: number; stored: ReturnType<typeof computeStoredScore> };

export function emptyScoreOf(loaded: TLoadedCatalogue, itemCount: number): TEmptyScore {
  return { loaded, itemCount, stored: computeStoredScore(loaded.catalogue, new Map()) };
}

/**
 * One assessment per unit that has none in the period yet (existing ones are skipped, also under
 * a concurrent add), each with its stored empty SELF score so lists and dashboards read 0,00
 * rather than nothing. Returns only the assessments created. `access` proves the caller manages
 * the agency of the period and of the units (checked with assertAgencyUnits).
 */
export async function createAssessments(access: TAgencyAccess<"period.manage"> | TPeriodAccess, tx: TTransaction, periodId: string, unitIds: readonly string[], empty: TEmptyScore) {
  const created = await tx.assessment.createManyAndReturn({
    data: unitIds.map((unitId) => ({ periodId, unitId, itemCount: empty.itemCount })),
    skipDuplicates: true,
    select: { id: true, unitId: true },
  });
  for (const row of created) await writeScoreRows(tx, row.id, "SELF", empty.loaded, empty.stored);
  return created;
}
