import "server-only";
import type { TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";

/**
 * Recounts the items with at least one live piece of evidence. Called in the transaction of
 * every evidence change, with the assessment row locked, so the counter is always exact.
 */
export async function refreshEvidencedCount(access: TAssessmentAccess, tx: TTransaction) {
  const assessmentId = access.id;
  await tx.$executeRaw`
    UPDATE "Assessment"
    SET "evidencedCount" = (
          SELECT COUNT(DISTINCT e."itemId")::int FROM "Evidence" e
          WHERE e."assessmentId" = ${assessmentId} AND e."deletedAt" IS NULL),
        "lastActivityAt" = now()
    WHERE "id" = ${assessmentId}`;
}

/** Bytes stored for one assessment (each distinct file once). */
export async function storedBytes(access: TAssessmentAccess, db: Pick<TTransaction, "evidenceBlob">): Promise<number> {
  const sum = await db.evidenceBlob.aggregate({ where: { assessmentId: access.id }, _sum: { size: true } });
  return Number(sum._sum.size ?? 0);
}
