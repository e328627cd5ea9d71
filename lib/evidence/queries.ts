import "server-only";
import { prisma } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { EVIDENCE_DTO_INCLUDE, toEvidenceDto } from "@/lib/evidence/evidence-dto";
import { getEvidenceLimits } from "@/lib/evidence/limits";
import { listPlanFileOffers } from "@/lib/plans/plan-file-offers";
import type { TEvidenceCompleteness, TItemEvidence } from "@/lib/evidence/types";

/** The live evidence and checklist ticks of some items of one assessment, per item id. */
export async function listItemEvidence(access: TAssessmentAccess, itemIds: string[]): Promise<Map<string, TItemEvidence>> {
  const [entries, ticks, offers] = await Promise.all([
    prisma.evidence.findMany({
      where: { assessmentId: access.id, itemId: { in: itemIds }, deletedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: EVIDENCE_DTO_INCLUDE,
    }),
    prisma.evidenceChecklistTick.findMany({
      where: { assessmentId: access.id, itemId: { in: itemIds }, checked: true },
      select: { itemId: true, entry: true },
    }),
    listPlanFileOffers(access, itemIds),
  ]);
  const { maxFileBytes } = getEvidenceLimits();
  const byItem = new Map<string, TItemEvidence>(itemIds.map((id) => [id, { entries: [], ticks: [], maxFileBytes, planOffers: offers.get(id) ?? [] }]));
  for (const row of entries) byItem.get(row.itemId)?.entries.push(toEvidenceDto(row));
  for (const tick of ticks) byItem.get(tick.itemId)?.ticks.push(tick.entry);
  return byItem;
}

/** Answered items of the unit's self-assessment, and how many of them carry live evidence. */
export async function getEvidenceCompleteness(access: TAssessmentAccess): Promise<TEvidenceCompleteness> {
  const [row] = await prisma.$queryRaw<{ answered: number; evidenced: number }[]>`
    SELECT COUNT(*)::int AS "answered",
           COUNT(*) FILTER (WHERE EXISTS (
             SELECT 1 FROM "Evidence" e
             WHERE e."assessmentId" = a."assessmentId" AND e."itemId" = a."itemId" AND e."deletedAt" IS NULL))::int AS "evidenced"
    FROM "Answer" a
    WHERE a."assessmentId" = ${access.id} AND a."side" = 'SELF' AND a."value" IS NOT NULL`;
  return { answered: row?.answered ?? 0, answeredWithEvidence: row?.evidenced ?? 0 };
}
