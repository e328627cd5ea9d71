import "server-only";
import type { TTransaction } from "@/lib/db";
import type { TAuditEntry } from "@/lib/audit/record-audit";
import type { TLoadedCatalogue } from "@/lib/catalogue/queries";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import type { TItemMatch } from "@/lib/carry-forward/match-items";

/** `source`: last period's LKE (read access); `target`: this one (the unit writes it). */
type TContext = {
  tx: TTransaction; source: TAssessmentAccess; target: TAssessmentAccess; matches: Map<string, TItemMatch>; from: TLoadedCatalogue; to: TLoadedCatalogue;
};

/**
 * Copies last period's live evidence entries as new entries of this period. A file entry's new
 * version points at the SAME stored blob (no bytes are copied): blobs are never deleted, and
 * deleting or replacing an entry in either year only touches that year's rows, so both years
 * keep opening their files. Links are copied as links. Returns the audit events to record.
 */
export async function carryEvidence({ tx, source, target, matches, from, to }: TContext): Promise<TAuditEntry[]> {
  const [fromId, toId, actorId] = [source.id, target.id, target.user.id];
  const entries = await tx.evidence.findMany({
    where: { assessmentId: fromId, deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true, itemId: true, kind: true, title: true, url: true, createdById: true, currentVersion: true,
      versions: { select: { version: true, blobId: true, fileName: true, createdById: true } },
    },
  });
  const targetItem = (itemId: string) => {
    const code = from.itemsById.get(itemId)?.item.code;
    const match = code ? matches.get(code) : undefined;
    return match ? to.itemIdByCode.get(match.next.code) : undefined;
  };
  const carried = entries.flatMap((entry) => {
    const itemId = targetItem(entry.itemId);
    const file = entry.versions.find((v) => v.version === entry.currentVersion);
    if (!itemId || (entry.kind === "FILE" && !file)) return [];
    return [{ entry, itemId, file }];
  });
  if (carried.length === 0) return [];

  const created = await tx.evidence.createManyAndReturn({
    data: carried.map(({ entry, itemId }) => ({
      assessmentId: toId, itemId, kind: entry.kind, title: entry.title, url: entry.url, createdById: entry.createdById, carriedFromId: entry.id,
    })),
    select: { id: true, carriedFromId: true },
  });
  const newIdOf = new Map(created.map((c) => [c.carriedFromId!, c.id]));
  await tx.evidenceVersion.createMany({
    data: carried.flatMap(({ entry, file }) =>
      file ? [{ evidenceId: newIdOf.get(entry.id)!, version: 1, blobId: file.blobId, fileName: file.fileName, createdById: file.createdById }] : []),
  });
  return carried.map(({ entry, itemId, file }) => ({
    actorId, action: "evidence.carry", entityType: "Evidence", entityId: newIdOf.get(entry.id)!, assessmentId: toId, itemId,
    before: null, after: { title: entry.title, kind: entry.kind, url: entry.url, fileName: file?.fileName ?? null, blobId: file?.blobId ?? null, carriedFromId: entry.id },
  }));
}

/** Ticks of the expected-documents checklist, where this period's item expects the same document. */
export async function carryChecklist({ tx, source, target, matches, from, to }: TContext) {
  const [fromId, toId] = [source.id, target.id];
  const ticks = await tx.evidenceChecklistTick.findMany({ where: { assessmentId: fromId, checked: true }, select: { itemId: true, entry: true } });
  const data = ticks.flatMap((tick) => {
    const previous = from.itemsById.get(tick.itemId)?.item;
    const match = previous ? matches.get(previous.code) : undefined;
    const itemId = match ? to.itemIdByCode.get(match.next.code) : undefined;
    const label = previous?.expectedEvidence[tick.entry];
    if (!match || !itemId || label === undefined || match.next.expectedEvidence[tick.entry] !== label) return [];
    return [{ assessmentId: toId, itemId, entry: tick.entry, checked: true }];
  });
  if (data.length) await tx.evidenceChecklistTick.createMany({ data, skipDuplicates: true });
}
