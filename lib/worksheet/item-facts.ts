import "server-only";
import { prisma } from "@/lib/db";
import { assertCan, type TAssessmentAccess } from "@/lib/access/assessment-access";

/** Per item: how many live bukti dukung entries, and how many expected documents are ticked. */
export async function countEvidenceByItem(scope: TAssessmentAccess) {
  assertCan(scope, "evidence.read");
  const [entries, ticks] = await Promise.all([
    prisma.evidence.groupBy({ by: ["itemId"], where: { assessmentId: scope.id, deletedAt: null }, _count: { _all: true } }),
    prisma.evidenceChecklistTick.groupBy({ by: ["itemId"], where: { assessmentId: scope.id, checked: true }, _count: { _all: true } }),
  ]);
  const byItem = new Map<string, { count: number; ticked: number }>();
  for (const row of entries) byItem.set(row.itemId, { count: row._count._all, ticked: 0 });
  for (const row of ticks) byItem.set(row.itemId, { count: byItem.get(row.itemId)?.count ?? 0, ticked: row._count._all });
  return byItem;
}

/**
 * Items whose answer, narrative or evidence changed since the TPI last sent the LKE back, read
 * from the audit trail. Null when it was never sent back.
 */
export async function itemsChangedSinceRevisionRequest(access: TAssessmentAccess): Promise<Set<string> | null> {
  const assessmentId = access.id;
  const request = await prisma.auditEvent.findFirst({
    where: { assessmentId, action: "assessment.requestRevision" },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  if (!request) return null;
  const events = await prisma.auditEvent.findMany({
    where: { assessmentId, itemId: { not: null }, id: { gt: request.id }, OR: [{ action: "answer.save" }, { action: { startsWith: "evidence." } }] },
    distinct: ["itemId"],
    select: { itemId: true },
  });
  return new Set(events.map((event) => event.itemId!));
}
