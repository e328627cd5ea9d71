import "server-only";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { readCell } from "@/lib/workbook/import/cells";
import { loadWorkbook, WorkbookFileError } from "@/lib/workbook/import/read-upload";
import { columnOf, IMPORT_COLUMNS, type TImportColumn } from "@/lib/accounts/import/import-columns";

// The rows of an uploaded user list (.xlsx, or .csv as Excel saves it, with ; or ,), each cell as
// text. A cell that cannot be read as text (a formula, an error, a NIP Excel turned into a rounded
// number) becomes a problem of its row, never a guess.

export const MAX_IMPORT_ROWS = 2_000;
const HEADER_SEARCH_ROWS = 10;

export type TRawUserRow = { row: number; values: Record<TImportColumn, string>; problems: string[] };
export type TUserSheet = { sheetName: string; rows: TRawUserRow[] };

export async function readUserSheet(file: Buffer, fileName: string): Promise<TUserSheet> {
  const workbook = isCsv(file, fileName) ? await loadCsv(file) : await loadWorkbook(file, fileName);
  for (const sheet of workbook.worksheets) {
    for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r++) {
      const columns = headerColumns(sheet.getRow(r));
      if (columns.has("email")) return readRows(sheet, r, columns);
    }
  }
  throw new WorkbookFileError(
    `Tidak ditemukan baris judul kolom dengan kolom 'Email' pada ${HEADER_SEARCH_ROWS} baris pertama. ` +
      `Gunakan templat impor pengguna (kolom ${IMPORT_COLUMNS.map((c) => c.header).join(", ")}).`,
  );
}

function isCsv(file: Buffer, fileName: string): boolean {
  return fileName.toLowerCase().endsWith(".csv") && file.subarray(0, 2).toString("latin1") !== "PK";
}

async function loadCsv(file: Buffer): Promise<ExcelJS.Workbook> {
  const text = file.toString("utf8").replace(/^\uFEFF/, "");
  if (text.includes("\uFFFD")) throw new WorkbookFileError("Berkas CSV bukan teks UTF-8. Simpan ulang dari Excel sebagai 'CSV UTF-8', lalu unggah lagi.");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  // Excel in an Indonesian locale separates with ";" (the comma is the decimal sign).
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const workbook = new ExcelJS.Workbook();
  try {
    // map keeps every value as typed: an 18-digit NIP must not become a number.
    await workbook.csv.read(Readable.from([text]), { parserOptions: { delimiter }, map: (value: string) => value } as never);
  } catch {
    throw new WorkbookFileError("Berkas CSV tidak dapat dibaca (tanda kutip tidak berpasangan?). Simpan ulang dari Excel sebagai CSV, lalu unggah lagi.");
  }
  return workbook;
}

function headerColumns(row: ExcelJS.Row): Map<TImportColumn, number> {
  const found = new Map<TImportColumn, number>();
  row.eachCell((cell, column) => {
    const read = readCell(cell);
    const key = read.kind === "text" ? columnOf(read.text) : null;
    if (key && !found.has(key)) found.set(key, column);
  });
  return found;
}

function readRows(sheet: ExcelJS.Worksheet, headerRow: number, columns: Map<TImportColumn, number>): TUserSheet {
  if (sheet.rowCount - headerRow > MAX_IMPORT_ROWS) {
    throw new WorkbookFileError(`Lembar '${sheet.name}' berisi lebih dari ${MAX_IMPORT_ROWS.toLocaleString("id-ID")} baris. Bagi daftar menjadi beberapa berkas lalu unggah satu per satu.`);
  }
  const rows: TRawUserRow[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const problems: string[] = [];
    const values = Object.fromEntries(IMPORT_COLUMNS.map(({ key, header }) => {
      const at = columns.get(key);
      return [key, at ? cellText(row.getCell(at), header, problems) : ""];
    })) as Record<TImportColumn, string>;
    if (Object.values(values).every((v) => v === "") && problems.length === 0) continue;
    rows.push({ row: r, values, problems });
  }
  return { sheetName: sheet.name, rows };
}

function cellText(cell: ExcelJS.Cell, header: string, problems: string[]): string {
  const read = readCell(cell);
  switch (read.kind) {
    case "empty":
      return "";
    case "text":
      return read.text;
    case "number":
      if (Number.isSafeInteger(read.value)) return String(read.value);
      problems.push(`Kolom ${header} (sel ${cell.address}) tersimpan sebagai angka dan kehilangan digitnya. Format kolom ${header} sebagai Teks lalu ketik ulang.`);
      return "";
    case "formula":
      problems.push(`Sel ${cell.address} (${header}) berisi rumus; isi sebagai teks.`);
      return "";
    default:
      problems.push(`Sel ${cell.address} (${header}) tidak berisi teks.`);
      return "";
  }
}
