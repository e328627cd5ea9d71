import type ExcelJS from "exceljs";
import { LKE_SHEET, META_SHEET, type TWorkbookMeta } from "@/lib/workbook/layout";
import { headerKey, readCell, type TCellRead } from "@/lib/workbook/import/cells";
import { WorkbookFileError } from "@/lib/workbook/import/read-upload";

// Finds the answers in an uploaded workbook: the app's own export (sheet "LKE", columns "Jawaban
// Unit" and "Narasi Unit") or a plain sheet with columns Kode, Jawaban and (optionally) Narasi,
// as units keep their LKE in spreadsheets.

export type TRawRow = { row: number; code: string; answer: TCellRead; answerAt: string; narrative: TCellRead | null; narrativeAt: string | null };

export type TSheetRead = {
  sheetName: string;
  /** Null for a plain sheet: nothing says which LKE it belongs to. */
  meta: Partial<TWorkbookMeta> | null;
  /** False when the sheet has no narrative column: narratives are then left as they are. */
  hasNarrative: boolean;
  rows: TRawRow[];
  /** Rows with an answer but no code: reported, since the answer cannot be placed. */
  uncodedRows: number[];
};

const CODE_HEADERS = ["kode", "kode butir", "metadata"];
const ANSWER_HEADERS = ["jawaban unit", "jawaban", "nilai"];
const NARRATIVE_HEADERS = ["narasi unit", "narasi", "penjelasan", "uraian bukti dukung", "keterangan", "bukti dukung"];
const HEADER_SEARCH_ROWS = 30;
const MAX_ROWS = 5_000;

export function readAnswerSheet(workbook: ExcelJS.Workbook): TSheetRead {
  const sheets = workbook.worksheets.filter((s) => s.name !== META_SHEET);
  const ordered = [...sheets.filter((s) => s.name === LKE_SHEET), ...sheets.filter((s) => s.name !== LKE_SHEET)];
  let codeOnly: string | null = null;
  for (const sheet of ordered) {
    for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r++) {
      const columns = headerColumns(sheet.getRow(r));
      if (columns.code === null) continue;
      if (columns.answer === null) {
        codeOnly ??= sheet.name;
        continue;
      }
      return readRows(sheet, r, { code: columns.code, answer: columns.answer, narrative: columns.narrative }, readMeta(workbook));
    }
  }
  const names = sheets.map((s) => `'${s.name}'`).join(", ");
  if (codeOnly) {
    throw new WorkbookFileError(`Lembar '${codeOnly}' memiliki kolom Kode tetapi tidak memiliki kolom 'Jawaban' (atau 'Jawaban Unit'). Tambahkan kolom itu pada baris judul kolom lalu unggah lagi.`);
  }
  throw new WorkbookFileError(
    `Tidak ditemukan lembar dengan kolom 'Kode' dan 'Jawaban' pada ${HEADER_SEARCH_ROWS} baris pertama (lembar yang ada: ${names}). ` +
      "Gunakan berkas hasil unduhan aplikasi, atau susun lembar dengan kolom Kode, Jawaban dan Narasi.",
  );
}

function headerColumns(row: ExcelJS.Row) {
  const found = new Map<string, number>();
  row.eachCell((cell, column) => {
    const key = headerKey(cell);
    if (key && !found.has(key)) found.set(key, column);
  });
  const first = (names: string[]) => names.map((n) => found.get(n)).find((c) => c !== undefined) ?? null;
  return { code: first(CODE_HEADERS), answer: first(ANSWER_HEADERS), narrative: first(NARRATIVE_HEADERS) };
}

function readRows(sheet: ExcelJS.Worksheet, headerRow: number, columns: { code: number; answer: number; narrative: number | null }, meta: TSheetRead["meta"]): TSheetRead {
  if (sheet.rowCount - headerRow > MAX_ROWS) {
    throw new WorkbookFileError(`Lembar '${sheet.name}' berisi lebih dari ${MAX_ROWS.toLocaleString("id-ID")} baris; LKE hanya memiliki beberapa ratus butir. Hapus baris yang tidak diperlukan lalu unggah lagi.`);
  }
  const rows: TRawRow[] = [];
  const uncodedRows: number[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const code = readCell(row.getCell(columns.code));
    const answer = readCell(row.getCell(columns.answer));
    const narrativeCell = columns.narrative ? row.getCell(columns.narrative) : null;
    const narrative = narrativeCell ? readCell(narrativeCell) : null;
    if (code.kind === "empty") {
      if (answer.kind !== "empty") uncodedRows.push(r);
      continue;
    }
    const codeText = code.kind === "text" ? code.text : code.kind === "number" ? String(code.value) : "";
    rows.push({ row: r, code: codeText, answer, answerAt: row.getCell(columns.answer).address, narrative, narrativeAt: narrativeCell?.address ?? null });
  }
  return { sheetName: sheet.name, meta, hasNarrative: columns.narrative !== null, rows, uncodedRows };
}

function readMeta(workbook: ExcelJS.Workbook): TSheetRead["meta"] {
  const sheet = workbook.getWorksheet(META_SHEET);
  if (!sheet) return null;
  const meta: Record<string, string | number> = {};
  sheet.eachRow((row) => {
    const key = row.getCell(1).value;
    const value = row.getCell(2).value;
    if (typeof key === "string" && (typeof value === "string" || typeof value === "number")) meta[key] = value;
  });
  return meta as Partial<TWorkbookMeta>;
}
