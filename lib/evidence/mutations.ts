import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { parseInput } from "@/lib/validation";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCatalogue } from "@/lib/catalogue/queries";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { authorizeAssessment, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { authorizeEvidence } from "@/lib/access/evidence-access";
import { refreshEvidencedCount } from "@/lib/evidence/counters";
import { EVIDENCE_DTO_INCLUDE, toEvidenceDto } from "@/lib/evidence/evidence-dto";
import { expectedDocumentLabel, tickExpectedDocument } from "@/lib/evidence/expected-document";
import { assertEvidenceWritable } from "@/lib/evidence/policy";
import { ZAddLink, ZChecklistTick, ZDeleteEvidence, ZRenameEvidence } from "@/lib/evidence/schemas";
import type { TEvidenceDto } from "@/lib/evidence/types";

// Every evidence change: authorise with the assessment locked, check its status, write, recount,
// audit, all in one transaction (the pattern of saveAnswer).

async function lockForWrite(tx: TTransaction, user: TSessionUser, assessmentId: string, itemId: string): Promise<TAssessmentAccess> {
  const access = await authorizeAssessment(user, assessmentId, "evidence.write", { tx, lock: true });
  await assertEvidenceWritable(access, tx, itemId);
  return access;
}

/** The entry's assessment comes from the entry itself, never from the client. */
async function lockEntry(tx: TTransaction, user: TSessionUser, evidenceId: string) {
  const { assessment: access, evidence } = await authorizeEvidence(user, evidenceId, "evidence.write", { tx, lock: true });
  await assertEvidenceWritable(access, tx, evidence.itemId);
  // Read again under the lock: someone may have deleted it while this transaction waited.
  const entry = await tx.evidence.findFirst({ where: { id: evidence.id, deletedAt: null }, include: EVIDENCE_DTO_INCLUDE });
  if (!entry) throw new NotFoundError("Bukti dukung tidak ditemukan.");
  return { access, entry };
}

async function assertItemInCatalogue(access: TAssessmentAccess, itemId: string) {
  const loaded = await getCatalogue(access.catalogueVersionId);
  const ref = loaded.itemsById.get(itemId);
  if (!ref) throw new ValidationError("Butir ini tidak termasuk dalam katalog LKE penilaian ini.");
  return ref;
}

/** A link (URL with a title) as evidence for an item. */
export async function addEvidenceLink(user: TSessionUser, rawInput: unknown): Promise<TEvidenceDto> {
  const input = parseInput(ZAddLink, rawInput);
  return prisma.$transaction(async (tx) => {
    const access = await lockForWrite(tx, user, input.assessmentId, input.itemId);
    const ref = await assertItemInCatalogue(access, input.itemId);
    if (input.expectedEntry !== undefined) expectedDocumentLabel(ref.item, input.expectedEntry);
    const saved = await tx.evidence.create({
      data: { assessmentId: access.id, itemId: input.itemId, kind: "LINK", title: input.title, url: input.url, createdById: user.id, expectedEntry: input.expectedEntry ?? null },
      include: EVIDENCE_DTO_INCLUDE,
    });
    if (input.expectedEntry !== undefined) await tickExpectedDocument(access, tx, input.itemId, input.expectedEntry);
    await refreshEvidencedCount(access, tx);
    await recordAudit(tx, {
      actorId: user.id, action: "evidence.link", entityType: "Evidence", entityId: saved.id,
      assessmentId: access.id, itemId: input.itemId, before: null, after: { kind: "LINK", title: saved.title, url: saved.url, expectedEntry: saved.expectedEntry },
    });
    return toEvidenceDto(saved);
  });
}

export async function renameEvidence(user: TSessionUser, rawInput: unknown): Promise<TEvidenceDto> {
  const input = parseInput(ZRenameEvidence, rawInput);
  return prisma.$transaction(async (tx) => {
    const { access, entry } = await lockEntry(tx, user, input.evidenceId);
    if (entry.title === input.title) return toEvidenceDto(entry);
    const saved = await tx.evidence.update({ where: { id: entry.id }, data: { title: input.title }, include: EVIDENCE_DTO_INCLUDE });
    await tx.assessment.update({ where: { id: access.id }, data: { lastActivityAt: new Date() } });
    await recordAudit(tx, {
      actorId: user.id, action: "evidence.rename", entityType: "Evidence", entityId: entry.id,
      assessmentId: access.id, itemId: entry.itemId, before: { title: entry.title }, after: { title: saved.title },
    });
    return toEvidenceDto(saved);
  });
}

/** Soft delete: the entry, its versions and its files stay for the audit trail. */
export async function deleteEvidence(user: TSessionUser, rawInput: unknown): Promise<{ id: string }> {
  const input = parseInput(ZDeleteEvidence, rawInput);
  return prisma.$transaction(async (tx) => {
    const { access, entry } = await lockEntry(tx, user, input.evidenceId);
    const deletedAt = new Date();
    await tx.evidence.update({ where: { id: entry.id }, data: { deletedAt, deletedById: user.id } });
    await refreshEvidencedCount(access, tx);
    await recordAudit(tx, {
      actorId: user.id, action: "evidence.delete", entityType: "Evidence", entityId: entry.id,
      assessmentId: access.id, itemId: entry.itemId,
      before: { kind: entry.kind, title: entry.title, url: entry.url, version: entry.currentVersion },
      after: { deletedAt: deletedAt.toISOString() },
    });
    return { id: entry.id };
  });
}

/** Ticks one of the catalogue's expected documents for an item. */
export async function setChecklistTick(user: TSessionUser, rawInput: unknown): Promise<{ entry: number; checked: boolean }> {
  const input = parseInput(ZChecklistTick, rawInput);
  return prisma.$transaction(async (tx) => {
    const access = await lockForWrite(tx, user, input.assessmentId, input.itemId);
    const ref = await assertItemInCatalogue(access, input.itemId);
    const label = ref.item.expectedEvidence[input.entry];
    if (label === undefined) throw new ValidationError("Dokumen yang diharapkan ini tidak ada pada butir tersebut.");
    const key = { assessmentId_itemId_entry: { assessmentId: access.id, itemId: input.itemId, entry: input.entry } };
    const before = await tx.evidenceChecklistTick.findUnique({ where: key, select: { checked: true } });
    await tx.evidenceChecklistTick.upsert({
      where: key,
      create: { assessmentId: access.id, itemId: input.itemId, entry: input.entry, checked: input.checked },
      update: { checked: input.checked },
    });
    await recordAudit(tx, {
      actorId: user.id, action: "evidence.checklist", entityType: "EvidenceChecklistTick", entityId: `${input.itemId}:${input.entry}`,
      assessmentId: access.id, itemId: input.itemId,
      before: { label, checked: before?.checked ?? false }, after: { label, checked: input.checked },
    });
    return { entry: input.entry, checked: input.checked };
  });
}
