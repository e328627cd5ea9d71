import type ExcelJS from "exceljs";
import { readCell } from "@/lib/workbook/import/cells";
import { WorkbookFileError } from "@/lib/workbook/import/read-upload";
import { MONTH_LONG } from "@/lib/plans/plan-calendar";
import { columnOfHeader, monthOfWord, parseMonthList, readMark, type TPlanColumn } from "@/lib/plans/import/plan-columns";

// Finds the steps in an uploaded rencana aksi: a sheet with the columns of seed 002 (KOMPONEN,
// INDIKATOR, LANGKAH AKSI, BUKTI FISIK and a January-December grid), as units keep it and as our
// export writes it (with PENANGGUNG JAWAB and TARGET). The component and indicator are written once
// per group (or merged over it) and hold for the rows below. Every cell is read as text; what
// cannot be read is a problem of its row, never a guess.

export type TRawPlanRow = {
  /** Row number in the sheet, as the user sees it in Excel. */
  row: number;
  area: string;
  indicator: string;
  description: string;
  output: string;
  person: string;
  /** As written, or YYYY-MM-DD from a date cell; "" when absent. */
  target: string;
  months: number[];
  problems: string[];
};
export type TPlanSheet = { sheetName: string; rows: TRawPlanRow[] };

const HEADER_SEARCH_ROWS = 30;
const MAX_ROWS = 2_000;
/** The table ends where the legend or the signature block begins. */
const FOOTER = /^(tanda\s*:|ditetapkan|mengetahui|pada tanggal|belum ada langkah aksi)/i;

type TLayout = { headerRow: number; firstDataRow: number; columns: Partial<Record<TPlanColumn, number>>; monthColumns: Map<number, number> };

export function readPlanSheet(workbook: ExcelJS.Workbook): TPlanSheet {
  for (const sheet of workbook.worksheets) {
    const layout = findLayout(sheet);
    if (layout) return { sheetName: sheet.name, rows: readRows(sheet, layout) };
  }
  throw new WorkbookFileError(
    `Tidak ditemukan lembar rencana aksi dengan kolom 'INDIKATOR' dan 'LANGKAH AKSI' pada ${HEADER_SEARCH_ROWS} baris pertama. ` +
      "Gunakan berkas hasil Unduh rencana aksi (Excel), atau susun lembar seperti rencana aksi ZI: NO, KOMPONEN, INDIKATOR, LANGKAH AKSI, BUKTI FISIK dan kolom bulan JAN sampai DES.",
  );
}

function textOf(cell: ExcelJS.Cell): string {
  const read = readCell(cell);
  if (read.kind === "text") return read.text;
  if (read.kind === "number") return String(read.value);
  return "";
}

function findLayout(sheet: ExcelJS.Worksheet): TLayout | null {
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r++) {
    const columns: TLayout["columns"] = {};
    sheet.getRow(r).eachCell((cell, column) => {
      const key = columnOfHeader(textOf(cell));
      if (key && columns[key] === undefined) columns[key] = column;
    });
    if (columns.indicator === undefined || columns.step === undefined) continue;
    // Month names sit on the header row or on the one or two rows under it (under "REALISASI WAKTU").
    const monthColumns = new Map<number, number>();
    let lastHeaderRow = r;
    for (let m = r; m <= r + 2; m++) {
      sheet.getRow(m).eachCell((cell, column) => {
        const month = cell.isMerged && cell.master !== cell ? null : monthOfWord(textOf(cell));
        if (month && ![...monthColumns.values()].includes(month) && !monthColumns.has(column)) {
          monthColumns.set(column, month);
          lastHeaderRow = Math.max(lastHeaderRow, m);
        }
      });
    }
    return { headerRow: r, firstDataRow: lastHeaderRow + 1, columns, monthColumns };
  }
  return null;
}

function readRows(sheet: ExcelJS.Worksheet, layout: TLayout): TRawPlanRow[] {
  if (sheet.rowCount - layout.firstDataRow > MAX_ROWS) {
    throw new WorkbookFileError(`Lembar '${sheet.name}' berisi lebih dari ${MAX_ROWS.toLocaleString("id-ID")} baris. Hapus baris yang tidak diperlukan lalu unggah lagi.`);
  }
  const rows: TRawPlanRow[] = [];
  let area = "";
  let indicator = "";
  for (let r = layout.firstDataRow; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (isFooter(row, layout.columns.step!)) break;
    if (isColumnNumberRow(row)) continue;
    const problems: string[] = [];
    const text = (column: TPlanColumn, label: string) => {
      const at = layout.columns[column];
      return at === undefined ? "" : cellText(row.getCell(at), label, problems);
    };
    area = text("area", "Komponen") || area;
    indicator = text("indicator", "Indikator") || indicator;
    const description = text("step", "Langkah aksi");
    const output = text("output", "Bukti fisik");
    const person = text("person", "Penanggung jawab");
    const target = targetText(row, layout.columns.target, problems);
    const months = readMonths(row, layout, problems);
    if (!description && !output && !person && months.length === 0 && problems.length === 0) continue;
    rows.push({ row: r, area, indicator, description, output, person, target, months, problems });
  }
  return rows;
}

/** A legend or signature line outside the step column (a step may well begin with "Mengetahui"). */
function isFooter(row: ExcelJS.Row, stepColumn: number): boolean {
  const step = row.getCell(stepColumn);
  if (textOf(step) && step.master === step) return false;
  let footer = false;
  row.eachCell((cell) => { if (cell.master === cell && FOOTER.test(textOf(cell))) footer = true; });
  return footer;
}

/** The paper form numbers its columns under the header (1, 2, 3, ...). */
function isColumnNumberRow(row: ExcelJS.Row): boolean {
  let numbered = 0;
  let other = 0;
  row.eachCell((cell, column) => {
    const read = readCell(cell);
    if (read.kind === "number" && read.value === column) numbered++;
    else if (read.kind !== "empty") other++;
  });
  return numbered >= 3 && other === 0;
}

function cellText(cell: ExcelJS.Cell, label: string, problems: string[]): string {
  const read = readCell(cell);
  switch (read.kind) {
    case "empty": return "";
    case "text": return read.text;
    case "number": return String(read.value);
    case "formula":
      problems.push(`Sel ${cell.address} (${label}) berisi rumus; isi sebagai teks.`);
      return "";
    default:
      problems.push(`Sel ${cell.address} (${label}) tidak berisi teks.`);
      return "";
  }
}

function targetText(row: ExcelJS.Row, column: number | undefined, problems: string[]): string {
  if (column === undefined) return "";
  const cell = row.getCell(column);
  // A date Excel recognised: the calendar day it shows (stored as UTC midnight).
  if (cell.value instanceof Date) return cell.value.toISOString().slice(0, 10);
  return cellText(cell, "Target", problems);
}

function readMonths(row: ExcelJS.Row, layout: TLayout, problems: string[]): number[] {
  const months = new Set<number>();
  for (const [column, month] of layout.monthColumns) {
    const cell = row.getCell(column);
    const read = readCell(cell);
    if (read.kind === "empty") continue;
    const text = read.kind === "text" ? read.text : read.kind === "number" ? String(read.value) : "";
    const mark = readMark(text);
    if (mark === "planned") months.add(month);
    else if (mark === null) {
      problems.push(`Bulan ${MONTH_LONG[month - 1]} (sel ${cell.address}): tanda '${text || "rumus"}' tidak dikenali; beri tanda V pada bulan rencana atau kosongkan sel.`);
    }
  }
  const listed = layout.columns.months === undefined ? "" : cellText(row.getCell(layout.columns.months), "Bulan", problems);
  if (listed) {
    const parsed = parseMonthList(listed);
    if (parsed.problem) problems.push(parsed.problem);
    for (const month of parsed.months) months.add(month);
  }
  return [...months].sort((a, b) => a - b);
}
