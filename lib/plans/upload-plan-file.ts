import "server-only";
import type { TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizePlanStep } from "@/lib/access/plan-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { cleanFileName } from "@/lib/evidence/file-name";
import { findOrCreateBlob, storeUpload, type TStoredUpload } from "@/lib/evidence/store-upload";
import { parseInput } from "@/lib/validation";
import { zMonth } from "@/lib/plans/schemas";
import { assertRealisationOpen } from "@/lib/plans/policy";
import type { TStorageBody } from "@/lib/storage/types";

export type TPlanFileInput = { stepId: string; month: number; fileName: string; declaredSize?: number | null };
export type TPlanFileDto = { id: string; stepId: string; month: number; fileName: string; deduplicated: boolean };

/**
 * A file a step produced, into the same evidence store as bukti dukung: the same checks (size,
 * type by content, quota), the same blobs (one per distinct content per assessment), so offering
 * it later as bukti dukung copies nothing.
 */
export async function uploadPlanFile(user: TSessionUser, input: TPlanFileInput, body: TStorageBody | null): Promise<TPlanFileDto> {
  const month = parseInput(zMonth, input.month);
  const fileName = cleanFileName(input.fileName);
  const { assessment: access } = await authorizePlanStep(user, input.stepId, "plan.write");
  assertRealisationOpen(access); // refused before a byte is stored; checked again under the lock
  return storeUpload(access, { fileName, declaredSize: input.declaredSize, body }, (tx, stored) => record(tx, user, input.stepId, month, fileName, stored));
}

async function record(tx: TTransaction, user: TSessionUser, stepId: string, month: number, fileName: string, stored: TStoredUpload): Promise<TPlanFileDto> {
  const { assessment: access, step } = await authorizePlanStep(user, stepId, "plan.write", { tx, lock: true });
  assertRealisationOpen(access);
  const { file } = stored;
  const { blobId, deduplicated } = await findOrCreateBlob(tx, access, stored);
  const saved = await tx.actionPlanFile.create({ data: { stepId: step.id, month, blobId, fileName, createdById: user.id }, select: { id: true } });
  await recordAudit(tx, {
    actorId: user.id, action: "plan.file.upload", entityType: "ActionPlanFile", entityId: saved.id, assessmentId: access.id, before: null,
    after: { stepId: step.id, month, fileName, size: file.size, mimeType: file.type.mime, sha256: file.sha256, blobId, deduplicated },
  });
  return { id: saved.id, stepId: step.id, month, fileName, deduplicated };
}
