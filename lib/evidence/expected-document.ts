import "server-only";
import type { TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCatalogue } from "@/lib/catalogue/queries";
import { ValidationError } from "@/lib/errors";
import type { TItem } from "@/lib/scoring/types";

/** The label of one of the item's expected documents; refuses an index the item does not have. */
export function expectedDocumentLabel(item: TItem, entry: number): string {
  const label = item.expectedEvidence[entry];
  if (label === undefined) throw new ValidationError("Dokumen yang diharapkan ini tidak ada pada butir tersebut.");
  return label;
}

/**
 * Ticks an expected document because a file was uploaded as that document, in the caller's
 * transaction; audited like a tick by hand when it changes anything.
 */
export async function tickExpectedDocument(access: TAssessmentAccess, tx: TTransaction, itemId: string, entry: number) {
  const assessmentId = access.id;
  const ref = (await getCatalogue(access.catalogueVersionId)).itemsById.get(itemId);
  if (!ref) throw new ValidationError("Butir ini tidak termasuk dalam katalog LKE penilaian ini.");
  const label = expectedDocumentLabel(ref.item, entry);
  const key = { assessmentId_itemId_entry: { assessmentId, itemId, entry } };
  const before = await tx.evidenceChecklistTick.findUnique({ where: key, select: { checked: true } });
  if (before?.checked) return;
  await tx.evidenceChecklistTick.upsert({ where: key, create: { assessmentId, itemId, entry, checked: true }, update: { checked: true } });
  await recordAudit(tx, {
    actorId: access.user.id, action: "evidence.checklist", entityType: "EvidenceChecklistTick", entityId: `${itemId}:${entry}`,
    assessmentId, itemId, before: { label, checked: false }, after: { label, checked: true },
  });
}
