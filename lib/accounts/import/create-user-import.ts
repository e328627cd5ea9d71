import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import type { TAgencyAccess } from "@/lib/access/period-access";
import { clock } from "@/lib/clock";
import { WorkbookFileError } from "@/lib/workbook/import/read-upload";
import { checkUserRows } from "@/lib/accounts/import/check-user-rows";
import { readUserSheet } from "@/lib/accounts/import/read-user-sheet";
import { USER_IMPORT_TTL_MS, type TUserImportPreview } from "@/lib/accounts/import/preview-types";

/**
 * Reads an uploaded user list and stores what importing it would create, with every row's
 * problems. No account is created here: the admin confirms the preview first.
 */
export async function createUserImport(agency: TAgencyAccess<"user.manage">, fileName: string, file: Buffer): Promise<{ importId: string }> {
  const sheet = await readUserSheet(file, fileName);
  if (sheet.rows.length === 0) throw new WorkbookFileError(`Lembar '${sheet.sheetName}' tidak berisi baris pengguna di bawah judul kolom.`);
  const rows = await checkUserRows(prisma, agency, sheet.rows);
  const preview: TUserImportPreview = { sheetName: sheet.sheetName, rows, problemRows: rows.filter((r) => r.problems.length).length };
  const now = clock.now();
  const record = await prisma.$transaction(async (tx) => {
    // Previews are short-lived; clearing the expired ones here needs no timer.
    await tx.userImport.deleteMany({ where: { expiresAt: { lt: now } } });
    return tx.userImport.create({
      data: {
        agencyId: agency.id, createdById: agency.user.id, fileName: fileName.slice(0, 200), sha256: createHash("sha256").update(file).digest("hex"),
        preview: preview as object, expiresAt: new Date(now.getTime() + USER_IMPORT_TTL_MS),
      },
      select: { id: true },
    });
  });
  return { importId: record.id };
}
