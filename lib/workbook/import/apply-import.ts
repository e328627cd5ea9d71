import "server-only";
import { prisma } from "@/lib/db";
import type { TWorkbookImportAccess } from "@/lib/access/workbook-import-access";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { recordAudit } from "@/lib/audit/record-audit";
import { clock } from "@/lib/clock";
import { AppError, ConflictError, InvalidStateError, ValidationError } from "@/lib/errors";
import type { TWorkbookPreview } from "@/lib/workbook/import/preview-types";

export type TApplyResult = { assessmentId: string; applied: number };

/**
 * Applies a preview in one transaction: every change goes through saveAnswer (validation,
 * authorization, stage and window, version check, score recompute, audit), then one
 * "answer.import" event names the file. Any refusal, e.g. an item someone saved after the
 * preview was made, rolls everything back.
 */
export async function applyWorkbookImport(access: TWorkbookImportAccess): Promise<TApplyResult> {
  const { user } = access.assessment;
  const record = await prisma.workbookImport.findUniqueOrThrow({ where: { id: access.id } });
  if (record.expiresAt < clock.now()) {
    throw new InvalidStateError("Pratinjau ini sudah kedaluwarsa (berlaku 30 menit). Unggah ulang berkas untuk pratinjau baru.");
  }
  const preview = record.preview as unknown as TWorkbookPreview;
  if (preview.problems.length) {
    throw new InvalidStateError(`Berkas masih memiliki ${preview.problems.length} masalah. Perbaiki berkas lalu unggah ulang; tidak ada yang disimpan.`);
  }
  if (!preview.changes.length) throw new InvalidStateError("Tidak ada perubahan untuk diterapkan.");

  await prisma.$transaction(async (tx) => {
    for (const change of preview.changes) {
      const input = { assessmentId: record.assessmentId, itemId: change.itemId, expectedVersion: change.expectedVersion, answer: change.answer, narrative: change.narrativeAfter };
      try {
        await saveAnswer(user, input, "SELF", tx);
      } catch (error) {
        throw explain(error, change.code);
      }
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "answer.import",
      entityType: "Assessment",
      entityId: record.assessmentId,
      assessmentId: record.assessmentId,
      after: { fileName: record.fileName, sha256: record.sha256, items: preview.changes.map((c) => c.code) },
    });
    await tx.workbookImport.delete({ where: { id: record.id } });
  }, { timeout: 120_000, maxWait: 10_000 });
  return { assessmentId: record.assessmentId, applied: preview.changes.length };
}

/** A single save's refusal, said about the import: which item, and that nothing was saved. */
function explain(error: unknown, code: string): unknown {
  if (error instanceof ConflictError) {
    return new ConflictError(`Butir ${code} diubah setelah pratinjau dibuat. Tidak ada yang disimpan; unggah ulang berkas untuk pratinjau baru.`);
  }
  if (error instanceof AppError) {
    const message = `Butir ${code}: ${error.message} Tidak ada yang disimpan.`;
    if (error instanceof ValidationError) return new ValidationError(message);
    if (error.code === "INVALID_STATE") return new InvalidStateError(message);
  }
  return error;
}
