import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { AppError, ValidationError } from "@/lib/errors";
import { storedBytes } from "@/lib/evidence/counters";
import { FileTooLargeError, QuotaExceededError, StorageUnavailableError, UploadInterruptedError } from "@/lib/evidence/errors";
import { formatLimit } from "@/lib/evidence/format-size";
import { inspectUpload, type TInspection } from "@/lib/evidence/inspect-upload";
import { getEvidenceLimits } from "@/lib/evidence/limits";
import { logger } from "@/lib/log/logger";
import { getStorage } from "@/lib/storage/get-storage";
import { newStorageKey } from "@/lib/storage/keys";
import type { TStorageBody } from "@/lib/storage/types";

export type TIncomingFile = {
  /** Already cleaned (cleanFileName): it is shown in the refusals. */
  fileName: string;
  /** Content-Length when the client sent one: lets an oversized file be refused unread. */
  declaredSize?: number | null;
  body: TStorageBody | null;
};

/** A file streamed into storage, not yet recorded: its key and what it turned out to be. */
export type TStoredUpload = { key: string; file: TInspection };

/**
 * One uploaded file into the evidence store of an (authorised) assessment, for bukti dukung and
 * rencana aksi files alike. Refuses what it can before reading the body (a full assessment, a
 * declared size over the limit); streams the body through the inspector (size, SHA-256, type by
 * content) into storage under a generated key; then runs `record` in one transaction. Whatever
 * fails, nothing is left behind: no object, no row. The key is dropped again when `record` found
 * the same bytes already stored (`deduplicated`).
 */
export async function storeUpload<T extends { deduplicated: boolean }>(
  access: TAssessmentAccess,
  incoming: TIncomingFile,
  record: (tx: TTransaction, stored: TStoredUpload) => Promise<T>,
): Promise<T> {
  const limits = getEvidenceLimits();
  // A full assessment takes nothing; otherwise the room is checked once the file is known,
  // because a file it already holds (dedupe) takes no room.
  if ((await storedBytes(access, prisma)) >= limits.maxAssessmentBytes) throw new QuotaExceededError(formatLimit(limits.maxAssessmentBytes));
  const tooLarge = () => new FileTooLargeError(incoming.fileName, formatLimit(limits.maxFileBytes));
  if (incoming.declaredSize && incoming.declaredSize > limits.maxFileBytes) throw tooLarge();
  if (!incoming.body) throw new ValidationError("Tidak ada berkas yang dikirim.");

  const storage = getStorage();
  const key = newStorageKey(access.id);
  const inspection = inspectUpload(toIterable(incoming.body), { fileName: incoming.fileName, maxBytes: limits.maxFileBytes, tooLarge });
  try {
    await storage.put(key, inspection.body, { contentType: "application/octet-stream" });
  } catch (error) {
    await storage.delete(key).catch(() => undefined);
    // A refusal of the file or a cut-off body is the upload's; anything else is the storage's.
    throw error instanceof AppError ? error : new StorageUnavailableError(error);
  }

  let saved: T;
  try {
    saved = await prisma.$transaction((tx) => record(tx, { key, file: inspection.result() }));
  } catch (error) {
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
  if (saved.deduplicated) await storage.delete(key).catch((error: unknown) => logger.warn({ err: error, key }, "could not delete a duplicate upload"));
  return saved;
}

/**
 * The assessment's blob of these bytes, or a new one under the just-stored key when it has none
 * and there is room (checked again here, under the caller's lock, now that the size is known).
 */
export async function findOrCreateBlob(tx: TTransaction, access: TAssessmentAccess, { key, file }: TStoredUpload) {
  const existing = await tx.evidenceBlob.findUnique({ where: { assessmentId_sha256: { assessmentId: access.id, sha256: file.sha256 } }, select: { id: true } });
  if (existing) return { blobId: existing.id, deduplicated: true };
  const { maxAssessmentBytes } = getEvidenceLimits();
  if ((await storedBytes(access, tx)) + file.size > maxAssessmentBytes) throw new QuotaExceededError(formatLimit(maxAssessmentBytes));
  const blob = await tx.evidenceBlob.create({ data: { assessmentId: access.id, sha256: file.sha256, size: BigInt(file.size), mimeType: file.type.mime, storageKey: key }, select: { id: true } });
  return { blobId: blob.id, deduplicated: false };
}

/**
 * Web streams are read without cancelling on early exit, so the caller may still drain them. A
 * failed read is the client going away mid-file: typed, so it is not taken for a storage fault.
 */
function toIterable(body: TStorageBody): AsyncIterable<Uint8Array> {
  const web = body as ReadableStream<Uint8Array>;
  if (typeof web.getReader !== "function") return interruptible(body as AsyncIterable<Uint8Array>);
  return (async function* () {
    const reader = web.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read().catch((error: unknown) => {
          throw new UploadInterruptedError(error);
        });
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  })();
}

async function* interruptible(body: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  try {
    yield* body;
  } catch (error) {
    throw error instanceof AppError ? error : new UploadInterruptedError(error);
  }
}
