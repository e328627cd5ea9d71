import "server-only";
import { prisma } from "@/lib/db";
import type { TUserImportAccess } from "@/lib/access/user-import-access";
import type { TUserImportPreview } from "@/lib/accounts/import/preview-types";

/** A preview for its uploader. */
export async function getUserImport(access: TUserImportAccess) {
  const record = await prisma.userImport.findUniqueOrThrow({ where: { id: access.id }, select: { id: true, fileName: true, expiresAt: true, preview: true } });
  return { ...record, agency: { id: access.agency.id, name: access.agency.name }, preview: record.preview as unknown as TUserImportPreview };
}

/** The uploader drops a preview they will not apply. */
export async function discardUserImport(access: TUserImportAccess) {
  await prisma.userImport.deleteMany({ where: { id: access.id } });
}
