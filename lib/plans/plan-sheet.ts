import type ExcelJS from "exceljs";
import { formatDateIn } from "@/lib/format";
import type { TSigner } from "@/lib/documents/pdf/layout";
import { CELL_MARK, MONTH_SHORT, MONTHS, type TCellState } from "@/lib/plans/plan-calendar";
import type { TPlanGrid, TPlanStep } from "@/lib/plans/plan-grid";
import { EXPECTED_PREFIX } from "@/lib/plans/import/plan-columns";

// The rencana aksi sheet in the layout units sign today (seed 002, PN Sarolangun 2021): title with
// unit and year, one row per step under its component and indicator, a January-December grid, and
// the unit head's signature block under it.

export const PLAN_SHEET = "Rencana Aksi";
export const PLAN_HEADER_ROW = 4;
/** First data row: two header rows and the column-number row of the paper form come before it. */
export const PLAN_FIRST_ROW = PLAN_HEADER_ROW + 3;
export const PLAN_COLUMN = { no: 1, area: 2, indicator: 3, step: 4, output: 5, person: 6, target: 7, firstMonth: 8 } as const;
const LAST_COLUMN = PLAN_COLUMN.firstMonth + 11;
const HEADERS = ["NO", "KOMPONEN", "INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK/OUTPUT", "PENANGGUNG JAWAB", "TARGET"];
const WIDTHS = [5, 22, 30, 48, 40, 20, 16];

/**
 * A month's mark on paper: as on screen, except a month realised outside the plan, "(V)", so that
 * importing the sheet back reads the planned months exactly (lib/plans/import).
 */
export const printedMark = (state: TCellState) => (state === "extra" ? "(V)" : CELL_MARK[state]);
/** The legend under the grid, in the XLSX and the PDF. */
export const MARK_LEGEND = "Tanda: ○ direncanakan · V terealisasi · (V) terealisasi di luar rencana · ! terlambat (bulan sudah lewat, belum terealisasi).";

const FILL: Partial<Record<TCellState, string>> = { planned: "FFDBEAFE", done: "FFD1FAE5", late: "FFFEE2E2", extra: "FFD1FAE5" };
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export type TPlanSheetData = { grid: TPlanGrid; head: TSigner | null; exportedAt: Date };

export function writePlanSheet(workbook: ExcelJS.Workbook, { grid, head, exportedAt }: TPlanSheetData): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(PLAN_SHEET, {
    views: [{ state: "frozen", ySplit: PLAN_FIRST_ROW - 1 }],
    pageSetup: {
      paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      printTitlesRow: `${PLAN_HEADER_ROW}:${PLAN_HEADER_ROW + 1}`, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = [...WIDTHS, ...MONTHS.map(() => 5)].map((width) => ({ width }));
  writeTitle(sheet, grid);
  writeHeader(sheet);
  const last = writeSteps(sheet, grid);
  writeFooter(sheet, last + 2, grid, head, exportedAt);
  return sheet;
}

function writeTitle(sheet: ExcelJS.Worksheet, grid: TPlanGrid) {
  const lines = [
    "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI (WBK)/WILAYAH BIROKRASI BERSIH DAN MELAYANI (WBBM)",
    `${grid.unitName.toUpperCase()} TAHUN ${grid.year}`,
  ];
  lines.forEach((text, index) => {
    sheet.mergeCells(index + 1, 1, index + 1, LAST_COLUMN);
    const cell = sheet.getCell(index + 1, 1);
    cell.value = text;
    cell.font = { bold: true, size: 12 };
    cell.alignment = { horizontal: "center", wrapText: true };
  });
}

function writeHeader(sheet: ExcelJS.Worksheet) {
  const top = PLAN_HEADER_ROW;
  HEADERS.forEach((text, index) => {
    sheet.mergeCells(top, index + 1, top + 1, index + 1);
    sheet.getCell(top, index + 1).value = text;
  });
  sheet.mergeCells(top, PLAN_COLUMN.firstMonth, top, LAST_COLUMN);
  sheet.getCell(top, PLAN_COLUMN.firstMonth).value = "RENCANA DAN REALISASI WAKTU";
  MONTH_SHORT.forEach((month, index) => { sheet.getCell(top + 1, PLAN_COLUMN.firstMonth + index).value = month.toUpperCase(); });
  // The paper form numbers its columns under the header.
  for (let column = 1; column <= LAST_COLUMN; column++) sheet.getCell(top + 2, column).value = column;
  for (let row = top; row <= top + 2; row++) {
    for (let column = 1; column <= LAST_COLUMN; column++) {
      const cell = sheet.getCell(row, column);
      cell.font = { bold: row < top + 2, italic: row === top + 2 };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
      cell.border = BORDER;
    }
  }
}

/** One row per step; component and indicator cells span their steps. Returns the last row written. */
function writeSteps(sheet: ExcelJS.Worksheet, grid: TPlanGrid): number {
  let row = PLAN_FIRST_ROW;
  const areas = grid.areas.filter((area) => area.indicators.some((indicator) => indicator.steps.length));
  areas.forEach((area, areaIndex) => {
    const areaTop = row;
    for (const indicator of area.indicators.filter((i) => i.steps.length)) {
      const indicatorTop = row;
      indicator.steps.forEach((step, stepIndex) => writeStep(sheet.getRow(row++), step, stepIndex));
      span(sheet, indicatorTop, row - 1, PLAN_COLUMN.indicator, `${indicator.code} ${indicator.title}`);
    }
    span(sheet, areaTop, row - 1, PLAN_COLUMN.no, areaIndex + 1);
    span(sheet, areaTop, row - 1, PLAN_COLUMN.area, area.title);
  });
  if (row === PLAN_FIRST_ROW) {
    sheet.mergeCells(row, 1, row, LAST_COLUMN);
    sheet.getCell(row, 1).value = "Belum ada langkah aksi.";
    row++;
  }
  return row - 1;
}

function writeStep(row: ExcelJS.Row, step: TPlanStep, index: number) {
  row.getCell(PLAN_COLUMN.step).value = `${index + 1}. ${step.description}`;
  row.getCell(PLAN_COLUMN.output).value = step.expectedLabel ? `${step.plannedOutput}\n${EXPECTED_PREFIX}${step.expectedLabel}` : step.plannedOutput;
  row.getCell(PLAN_COLUMN.person).value = step.personName;
  row.getCell(PLAN_COLUMN.target).value = formatDateIn(step.targetDate, "UTC");
  for (let column = 1; column <= LAST_COLUMN; column++) {
    row.getCell(column).border = BORDER;
    row.getCell(column).alignment = { vertical: "top", wrapText: true };
  }
  step.cells.forEach((state, index) => {
    const cell = row.getCell(PLAN_COLUMN.firstMonth + index);
    cell.value = printedMark(state) || null;
    cell.alignment = { horizontal: "center", vertical: "middle" };
    const fill = FILL[state];
    if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
    const realised = step.realisations.find((r) => r.month === index + 1);
    if (realised) cell.note = `Realisasi oleh ${realised.byName}${realised.note ? `: ${realised.note}` : ""}`;
  });
}

function span(sheet: ExcelJS.Worksheet, from: number, to: number, column: number, value: string | number) {
  if (to > from) sheet.mergeCells(from, column, to, column);
  sheet.getCell(from, column).value = value;
}

/** The legend and the signature block: "Ditetapkan di ..., pada tanggal ...", the head's title, name and NIP. */
function writeFooter(sheet: ExcelJS.Worksheet, top: number, grid: TPlanGrid, head: TSigner | null, exportedAt: Date) {
  sheet.getCell(top, 1).value = MARK_LEGEND;
  sheet.getCell(top, 1).font = { italic: true, size: 9 };
  const lines: [string, Partial<ExcelJS.Font>?][] = [
    ["Ditetapkan di : ...................."],
    [`Pada tanggal : ${formatDateIn(exportedAt, grid.timeZone)}`],
    [head?.role ?? `Kepala ${grid.unitName}`],
    [""], [""], [""],
    [head?.name ?? "(....................................)", { bold: true, underline: true }],
    [head?.nip ? `NIP. ${head.nip}` : "NIP. ...................."],
  ];
  const column = PLAN_COLUMN.target;
  lines.forEach(([text, font], index) => {
    const row = top + 2 + index;
    sheet.mergeCells(row, column, row, LAST_COLUMN);
    sheet.getCell(row, column).value = text;
    if (font) sheet.getCell(row, column).font = font;
  });
}
