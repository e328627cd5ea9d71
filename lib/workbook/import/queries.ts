import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { requireAssessment } from "@/lib/assessments/access";
import { NotFoundError } from "@/lib/errors";
import type { TWorkbookPreview } from "@/lib/workbook/import/preview-types";

/** A preview for its uploader, on its own LKE; anyone else (and an expired one) gets 404. */
export async function getWorkbookPreview(user: TSessionUser, assessmentId: string, importId: string) {
  await requireAssessment(user, assessmentId, "answer.self.write");
  const record = await prisma.workbookImport.findUnique({
    where: { id: importId },
    select: { id: true, assessmentId: true, createdById: true, fileName: true, createdAt: true, expiresAt: true, preview: true },
  });
  if (!record || record.createdById !== user.id || record.assessmentId !== assessmentId) throw new NotFoundError("Pratinjau impor tidak ditemukan.");
  return { id: record.id, fileName: record.fileName, createdAt: record.createdAt, expiresAt: record.expiresAt, preview: record.preview as unknown as TWorkbookPreview };
}

/** The uploader drops a preview they will not apply. */
export async function discardWorkbookPreview(user: TSessionUser, importId: string) {
  const deleted = await prisma.workbookImport.deleteMany({ where: { id: importId, createdById: user.id } });
  if (deleted.count === 0) throw new NotFoundError("Pratinjau impor tidak ditemukan.");
}
