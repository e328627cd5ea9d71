import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { authorizePlanStep } from "@/lib/access/plan-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { storedBytes } from "@/lib/evidence/counters";
import { FileTooLargeError, QuotaExceededError } from "@/lib/evidence/errors";
import { cleanFileName } from "@/lib/evidence/file-name";
import { formatLimit } from "@/lib/evidence/format-size";
import { inspectUpload, type TInspection } from "@/lib/evidence/inspect-upload";
import { getEvidenceLimits } from "@/lib/evidence/limits";
import { toIterable } from "@/lib/evidence/upload-evidence";
import { parseInput } from "@/lib/validation";
import { zMonth } from "@/lib/plans/schemas";
import { getStorage } from "@/lib/storage/get-storage";
import { newStorageKey } from "@/lib/storage/keys";
import type { TStorageBody } from "@/lib/storage/types";

export type TPlanFileInput = { stepId: string; month: number; fileName: string; declaredSize?: number | null };
export type TPlanFileDto = { id: string; stepId: string; month: number; fileName: string; deduplicated: boolean };

/**
 * A file a step produced, into the same evidence store as bukti dukung: the same checks (size,
 * type by content, quota), the same blobs (one per distinct content per assessment), so offering
 * it later as bukti dukung copies nothing.
 */
export async function uploadPlanFile(user: TSessionUser, input: TPlanFileInput, body: TStorageBody): Promise<TPlanFileDto> {
  const month = parseInput(zMonth, input.month);
  const fileName = cleanFileName(input.fileName);
  const limits = getEvidenceLimits();
  const { assessment: access } = await authorizePlanStep(user, input.stepId, "plan.write");
  if ((await storedBytes(access, prisma)) >= limits.maxAssessmentBytes) throw new QuotaExceededError(formatLimit(limits.maxAssessmentBytes));
  const tooLarge = () => new FileTooLargeError(fileName, formatLimit(limits.maxFileBytes));
  if (input.declaredSize && input.declaredSize > limits.maxFileBytes) throw tooLarge();

  const storage = getStorage();
  const key = newStorageKey(access.id);
  const inspection = inspectUpload(toIterable(body), { fileName, maxBytes: limits.maxFileBytes, tooLarge });
  try {
    await storage.put(key, inspection.body, { contentType: "application/octet-stream" });
  } catch (error) {
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
  let saved: TPlanFileDto;
  try {
    saved = await prisma.$transaction((tx) => record(tx, user, input.stepId, month, fileName, key, inspection.result(), limits.maxAssessmentBytes));
  } catch (error) {
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
  if (saved.deduplicated) await storage.delete(key).catch((error: unknown) => console.error("[plans] could not delete a duplicate upload", key, error));
  return saved;
}

async function record(tx: TTransaction, user: TSessionUser, stepId: string, month: number, fileName: string, key: string, file: TInspection, maxBytes: number) {
  const { assessment: access, step } = await authorizePlanStep(user, stepId, "plan.write", { tx, lock: true });
  const { blobId, deduplicated } = await blobFor(tx, access, key, file, maxBytes);
  const saved = await tx.actionPlanFile.create({ data: { stepId: step.id, month, blobId, fileName, createdById: user.id }, select: { id: true } });
  await recordAudit(tx, {
    actorId: user.id, action: "plan.file.upload", entityType: "ActionPlanFile", entityId: saved.id, assessmentId: access.id, before: null,
    after: { stepId: step.id, month, fileName, size: file.size, mimeType: file.type.mime, sha256: file.sha256, blobId, deduplicated },
  });
  return { id: saved.id, stepId: step.id, month, fileName, deduplicated };
}

async function blobFor(tx: TTransaction, access: TAssessmentAccess, key: string, file: TInspection, maxBytes: number) {
  const existing = await tx.evidenceBlob.findUnique({ where: { assessmentId_sha256: { assessmentId: access.id, sha256: file.sha256 } }, select: { id: true } });
  if (existing) return { blobId: existing.id, deduplicated: true };
  if ((await storedBytes(access, tx)) + file.size > maxBytes) throw new QuotaExceededError(formatLimit(maxBytes));
  const blob = await tx.evidenceBlob.create({ data: { assessmentId: access.id, sha256: file.sha256, size: BigInt(file.size), mimeType: file.type.mime, storageKey: key } });
  return { blobId: blob.id, deduplicated: false };
}
