import "server-only";
import { prisma } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { getCatalogue } from "@/lib/catalogue/queries";
import { describeAuditEvent } from "@/lib/review/describe-audit-event";

export type THistoryEntry = { id: string; at: string; actorName: string; action: string; summary: string };

/** Everything that happened to one item, oldest first, read from the append-only audit trail. */
export async function getItemHistory(access: TAssessmentAccess, itemId: string): Promise<THistoryEntry[]> {
  const item = (await getCatalogue(access.catalogueVersionId)).itemsById.get(itemId)?.item;
  const events = await prisma.auditEvent.findMany({
    where: { assessmentId: access.id, itemId },
    orderBy: { id: "asc" },
    select: { id: true, at: true, action: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return events.map((event) => ({
    id: event.id.toString(),
    at: event.at.toISOString(),
    actorName: event.actor?.name ?? "Sistem",
    action: event.action,
    summary: describeAuditEvent(event.action, event.before, event.after, item),
  }));
}
