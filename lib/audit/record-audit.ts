import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TTransaction } from "@/lib/db";

export type TAuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  assessmentId?: string | null;
  itemId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/** Many events of one bulk change (carry forward), in one statement, in its transaction. */
export async function recordAudits(tx: TTransaction, entries: TAuditEntry[]) {
  if (entries.length === 0) return;
  await tx.auditEvent.createMany({
    data: entries.map((entry) => ({
      actorId: entry.actorId, action: entry.action, entityType: entry.entityType, entityId: entry.entityId,
      assessmentId: entry.assessmentId ?? null, itemId: entry.itemId ?? null, before: entry.before ?? undefined, after: entry.after ?? undefined,
    })),
  });
}

/** Always called inside the transaction of the change it records. The table is append-only. */
export async function recordAudit(tx: TTransaction, entry: TAuditEntry) {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      assessmentId: entry.assessmentId ?? null,
      itemId: entry.itemId ?? null,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}

/**
 * The same event as an INSERT to run inside a larger statement (a save writes its answer, its
 * audit event and its score rows in one round trip). Still the change's own transaction.
 */
export function auditInsertSql(entry: TAuditEntry, from: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const json = (value: Prisma.InputJsonValue | null | undefined) => (value == null ? null : JSON.stringify(value));
  // With `from` (e.g. FROM answer, a part of the same statement) one event per row it yields.
  return Prisma.sql`
    INSERT INTO "AuditEvent" ("actorId", "action", "entityType", "entityId", "assessmentId", "itemId", "before", "after")
    SELECT ${entry.actorId}, ${entry.action}, ${entry.entityType}, ${entry.entityId}, ${entry.assessmentId ?? null},
           ${entry.itemId ?? null}, ${json(entry.before)}::jsonb, ${json(entry.after)}::jsonb ${from}`;
}
