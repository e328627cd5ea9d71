import "server-only";
import { prisma } from "@/lib/db";
import type { TWorkbookImportAccess } from "@/lib/access/workbook-import-access";
import type { TWorkbookPreview } from "@/lib/workbook/import/preview-types";

/** A preview for its uploader (the proof says it is theirs, on an LKE they may write). */
export async function getWorkbookPreview(access: TWorkbookImportAccess) {
  const record = await prisma.workbookImport.findUniqueOrThrow({
    where: { id: access.id },
    select: { id: true, fileName: true, createdAt: true, expiresAt: true, preview: true },
  });
  return { id: record.id, fileName: record.fileName, createdAt: record.createdAt, expiresAt: record.expiresAt, preview: record.preview as unknown as TWorkbookPreview };
}

/** The uploader drops a preview they will not apply. */
export async function discardWorkbookPreview(access: TWorkbookImportAccess) {
  await prisma.workbookImport.deleteMany({ where: { id: access.id } });
}
