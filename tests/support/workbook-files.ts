import ExcelJS from "exceljs";
import { ZipArchive } from "archiver";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { authorizeWorkbookImport } from "@/lib/access/workbook-import-access";
import { lkeWorkbookBuffer } from "@/lib/workbook/build-lke-workbook";
import { loadLkeWorkbookData } from "@/lib/workbook/load-workbook-data";
import { createWorkbookPreview } from "@/lib/workbook/import/create-preview";
import { getWorkbookPreview } from "@/lib/workbook/import/queries";
import { COLUMN, LKE_SHEET } from "@/lib/workbook/layout";

// Workbooks for import tests: the app's own export, edited copies, and files that only pretend.

export async function exportLke(user: TSessionUser, assessmentId: string): Promise<Buffer> {
  return lkeWorkbookBuffer(await loadLkeWorkbookData(await authorizeAssessment(user, assessmentId, "assessment.read"), "http://zi.test"));
}

/** The export with its LKE sheet changed by `edit` (rows found by their code). */
export async function editedExport(user: TSessionUser, assessmentId: string, edit: (rowOf: (code: string) => ExcelJS.Row, sheet: ExcelJS.Worksheet) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportLke(user, assessmentId)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(LKE_SHEET)!;
  const rows = new Map<string, ExcelJS.Row>();
  sheet.eachRow((row) => {
    const code = row.getCell(COLUMN.code).value;
    if (typeof code === "string") rows.set(code, row);
  });
  edit((code) => rows.get(code) ?? (() => { throw new Error(`no row ${code}`); })(), sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A plain sheet as units keep their LKE: header row, then one row per code. */
export async function plainWorkbook(header: string[], rows: (string | number | null | { formula: string })[][], sheetName = "Sheet1") {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A zip that is not a workbook (a .docx-like container). */
export async function zipOf(entries: Record<string, string>): Promise<Buffer> {
  const archive = new ZipArchive({});
  const chunks: Buffer[] = [];
  archive.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => archive.on("end", resolve));
  for (const [name, text] of Object.entries(entries)) archive.append(text, { name });
  await archive.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** A workbook preview as the route makes one: authorised to write the unit's answers first. */
export async function createPreviewAs(user: TSessionUser, assessmentId: string, fileName: string, file: Buffer) {
  return createWorkbookPreview(await authorizeAssessment(user, assessmentId, "answer.self.write"), fileName, file);
}

export async function previewOf(user: TSessionUser, assessmentId: string, file: Buffer, fileName = "lke.xlsx") {
  const { importId } = await createPreviewAs(user, assessmentId, fileName, file);
  return { importId, ...(await getWorkbookPreview(await authorizeWorkbookImport(user, importId))).preview };
}
