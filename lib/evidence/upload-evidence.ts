import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCatalogue } from "@/lib/catalogue/queries";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { authorizeAssessment, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { refreshEvidencedCount } from "@/lib/evidence/counters";
import { EVIDENCE_DTO_INCLUDE, toEvidenceDto } from "@/lib/evidence/evidence-dto";
import { cleanFileName } from "@/lib/evidence/file-name";
import { assertEvidenceWritable } from "@/lib/evidence/policy";
import { findOrCreateBlob, storeUpload, type TStoredUpload } from "@/lib/evidence/store-upload";
import { parseInput } from "@/lib/validation";
import { ZUploadTarget, type TUploadTarget } from "@/lib/evidence/schemas";
import { expectedDocumentLabel, tickExpectedDocument } from "@/lib/evidence/expected-document";
import type { TEvidenceDto } from "@/lib/evidence/types";
import type { TStorageBody } from "@/lib/storage/types";

export type TUploadInput = {
  assessmentId: string;
  itemId: string;
  /** Set to store a new version of this entry (Ganti berkas) instead of a new entry. */
  evidenceId?: string;
  /** The item's expected document this file is (index into expectedEvidence): ticks it. */
  expectedEntry?: number;
  /** As the user's computer named it; cleaned, shown, never used as a path. */
  fileName: string;
  /** Content-Length when the client sent one: lets an oversized file be refused unread. */
  declaredSize?: number | null;
};

export type TUploadResult = { evidence: TEvidenceDto; deduplicated: boolean };

/**
 * Stores one uploaded file as bukti dukung. Everything that can be refused without the body is
 * checked before reading it; the body then streams through the inspector (size limit, SHA-256,
 * type by content) into storage under a generated key; one transaction finally records it.
 *
 * Dedupe: the same bytes are stored once per assessment. Uploading them again to another item
 * (or as a new version of another entry) creates a new entry that shares the stored blob; again
 * to the same item where they are already the current file is refused as a duplicate.
 */
export async function uploadEvidence(user: TSessionUser, input: TUploadInput, body: TStorageBody | null): Promise<TUploadResult> {
  const target = parseInput(ZUploadTarget, { assessmentId: input.assessmentId, itemId: input.itemId, evidenceId: input.evidenceId, expectedEntry: input.expectedEntry });
  const fileName = cleanFileName(input.fileName);
  // Before the body: who, which status, which item (the room and the size: storeUpload).
  const access = await assertMayUpload(await authorizeAssessment(user, target.assessmentId, "evidence.write"), prisma, target);
  return storeUpload(access, { fileName, declaredSize: input.declaredSize, body }, (tx, stored) => record(tx, user, target, fileName, stored));
}

/** What may be refused without the body (or again under the lock): the item, the expected document, the status, the entry replaced. */
async function assertMayUpload(access: TAssessmentAccess, db: TTransaction | typeof prisma, target: TUploadTarget): Promise<TAssessmentAccess> {
  const loaded = await getCatalogue(access.catalogueVersionId);
  const ref = loaded.itemsById.get(target.itemId);
  if (!ref) throw new ValidationError("Butir ini tidak termasuk dalam katalog LKE penilaian ini.");
  if (target.expectedEntry !== undefined) expectedDocumentLabel(ref.item, target.expectedEntry);
  await assertEvidenceWritable(access, db, target.itemId);
  if (target.evidenceId) {
    const entry = await db.evidence.findFirst({ where: { id: target.evidenceId, assessmentId: access.id, itemId: target.itemId, kind: "FILE", deletedAt: null }, select: { id: true } });
    if (!entry) throw new NotFoundError("Bukti dukung tidak ditemukan.");
  }
  return access;
}

async function record(tx: TTransaction, user: TSessionUser, target: TUploadTarget, fileName: string, stored: TStoredUpload): Promise<TUploadResult> {
  // The status may have changed while the body streamed: check again under the lock.
  const access = await assertMayUpload(await authorizeAssessment(user, target.assessmentId, "evidence.write", { tx, lock: true }), tx, target);
  const { file } = stored;
  const { blobId, deduplicated } = await findOrCreateBlob(tx, access, stored);
  if (deduplicated) await refuseSameCurrentFile(tx, access.id, target.itemId, blobId);

  let saved;
  let before = null;
  if (target.evidenceId) {
    const current = await tx.evidence.findUniqueOrThrow({ where: { id: target.evidenceId }, include: EVIDENCE_DTO_INCLUDE });
    const next = current.currentVersion + 1;
    const previousName = current.versions.find((v) => v.version === current.currentVersion)?.fileName;
    await tx.evidenceVersion.create({ data: { evidenceId: current.id, version: next, blobId, fileName, createdById: user.id } });
    saved = await tx.evidence.update({
      where: { id: current.id },
      // A title that was just the old file name follows the new file; a chosen title stays.
      data: { currentVersion: next, title: current.title === previousName ? fileName : current.title },
      include: EVIDENCE_DTO_INCLUDE,
    });
    before = { title: current.title, version: current.currentVersion, fileName: previousName ?? null };
  } else {
    saved = await tx.evidence.create({
      data: {
        assessmentId: access.id, itemId: target.itemId, kind: "FILE", title: fileName, createdById: user.id, expectedEntry: target.expectedEntry ?? null,
        versions: { create: { version: 1, blobId, fileName, createdById: user.id } },
      },
      include: EVIDENCE_DTO_INCLUDE,
    });
  }

  if (target.expectedEntry !== undefined) await tickExpectedDocument(access, tx, target.itemId, target.expectedEntry);
  await refreshEvidencedCount(access, tx);
  await recordAudit(tx, {
    actorId: user.id,
    action: target.evidenceId ? "evidence.replace" : "evidence.upload",
    entityType: "Evidence",
    entityId: saved.id,
    assessmentId: access.id,
    itemId: target.itemId,
    before,
    after: {
      title: saved.title, version: saved.currentVersion, fileName, size: file.size, mimeType: file.type.mime,
      sha256: file.sha256, blobId, deduplicated, expectedEntry: target.expectedEntry ?? null,
    },
  });
  return { evidence: toEvidenceDto(saved), deduplicated };
}

/** The same bytes as the current file of a live entry on this item: nothing new to store. */
async function refuseSameCurrentFile(tx: TTransaction, assessmentId: string, itemId: string, blobId: string) {
  const holders = await tx.evidence.findMany({
    where: { assessmentId, itemId, kind: "FILE", deletedAt: null, versions: { some: { blobId } } },
    select: { title: true, currentVersion: true, versions: { where: { blobId }, select: { version: true } } },
  });
  const same = holders.find((h) => h.versions.some((v) => v.version === h.currentVersion));
  if (same) throw new ConflictError(`Berkas yang sama sudah menjadi bukti dukung butir ini ('${same.title}').`);
}
