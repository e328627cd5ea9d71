import "server-only";
import { prisma } from "@/lib/db";
import type { TWorkbookImportAccess } from "@/lib/access/workbook-import-access";
import type { TPlanImportPreview } from "@/lib/plans/import/preview-types";

/** A rencana aksi preview for its uploader (the proof: theirs, kind PLAN, on a plan they may write). */
export async function getPlanImport(access: TWorkbookImportAccess) {
  const record = await prisma.workbookImport.findUniqueOrThrow({ where: { id: access.id }, select: { id: true, fileName: true, expiresAt: true, preview: true } });
  return { ...record, preview: record.preview as unknown as TPlanImportPreview };
}

/** The uploader drops a preview they will not apply. */
export async function discardPlanImport(access: TWorkbookImportAccess) {
  await prisma.workbookImport.deleteMany({ where: { id: access.id } });
}
