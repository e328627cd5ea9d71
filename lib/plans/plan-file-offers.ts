import "server-only";
import { prisma } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import type { TPlanFileOffer } from "@/lib/evidence/types";

/**
 * Per item: the files the plan's steps on the item's indicator produced that are not yet bukti
 * dukung of the item (no live file entry holds the same blob). One query for a page of items.
 */
export async function listPlanFileOffers(access: TAssessmentAccess, itemIds: string[]): Promise<Map<string, TPlanFileOffer[]>> {
  const offers = new Map<string, TPlanFileOffer[]>();
  if (itemIds.length === 0) return offers;
  const rows = await prisma.$queryRaw<(TPlanFileOffer & { itemId: string })[]>`
    SELECT ci."id" AS "itemId", f."id" AS "fileId", f."fileName", f."month", s."description" AS "stepDescription"
    FROM "CatalogueItem" ci
    JOIN "ActionPlanStep" s ON s."nodeId" = ci."nodeId"
    JOIN "ActionPlan" pl ON pl."id" = s."planId" AND pl."assessmentId" = ${access.id}
    JOIN "ActionPlanFile" f ON f."stepId" = s."id"
    WHERE ci."id" = ANY(${itemIds}::text[])
      AND NOT EXISTS (
        SELECT 1 FROM "Evidence" e JOIN "EvidenceVersion" v ON v."evidenceId" = e."id"
        WHERE e."assessmentId" = ${access.id} AND e."itemId" = ci."id" AND e."deletedAt" IS NULL AND v."blobId" = f."blobId")
    ORDER BY s."position", f."createdAt"`;
  for (const { itemId, ...offer } of rows) offers.set(itemId, [...(offers.get(itemId) ?? []), offer]);
  return offers;
}
