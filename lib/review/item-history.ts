import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { requireAssessment } from "@/lib/assessments/access";
import { getCatalogue } from "@/lib/catalogue/queries";
import { describeAuditEvent } from "@/lib/review/describe-audit-event";

export type THistoryEntry = { id: string; at: string; actorName: string; action: string; summary: string };

/** Everything that happened to one item, oldest first, read from the append-only audit trail. */
export async function getItemHistory(user: TSessionUser, assessmentId: string, itemId: string): Promise<THistoryEntry[]> {
  const scope = await requireAssessment(user, assessmentId);
  const item = (await getCatalogue(scope.catalogueVersionId)).itemsById.get(itemId)?.item;
  const events = await prisma.auditEvent.findMany({
    where: { assessmentId, itemId },
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
