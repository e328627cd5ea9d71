import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import { assertCan, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { clock } from "@/lib/clock";
import { assertPlanEditable } from "@/lib/plans/policy";
import { PREVIEW_TTL_MS } from "@/lib/workbook/import/preview-types";
import { loadWorkbook, WorkbookFileError } from "@/lib/workbook/import/read-upload";
import { checkPlanRows } from "@/lib/plans/import/check-plan-rows";
import { readPlanSheet } from "@/lib/plans/import/read-plan-sheet";

/**
 * Reads an uploaded rencana aksi and stores what importing it would do, row by row, with every
 * problem named (a WorkbookImport of kind PLAN, like the LKE's workbook import). Nothing is
 * written to the plan here; only the unit's people may import, while the plan is not locked.
 */
export async function createPlanImport(access: TAssessmentAccess, fileName: string, file: Buffer): Promise<{ importId: string }> {
  assertCan(access, "plan.write");
  assertPlanEditable(access);
  const sheet = readPlanSheet(await loadWorkbook(file, fileName));
  if (sheet.rows.length === 0) throw new WorkbookFileError(`Lembar '${sheet.sheetName}' tidak berisi langkah aksi di bawah judul kolom.`);
  const preview = await checkPlanRows(prisma, access, sheet.sheetName, sheet.rows);
  const now = clock.now();
  const record = await prisma.$transaction(async (tx) => {
    // Previews are short-lived; clearing the expired ones here needs no timer.
    await tx.workbookImport.deleteMany({ where: { expiresAt: { lt: now } } });
    return tx.workbookImport.create({
      data: {
        assessmentId: access.id, kind: "PLAN", createdById: access.user.id, fileName: fileName.slice(0, 200),
        sha256: createHash("sha256").update(file).digest("hex"), preview: preview as object, expiresAt: new Date(now.getTime() + PREVIEW_TTL_MS),
      },
      select: { id: true },
    });
  });
  return { importId: record.id };
}
