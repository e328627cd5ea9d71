import ExcelJS from "exceljs";
import { HyperFormula, type RawCellContent } from "hyperformula";

// A real spreadsheet engine (HyperFormula) over a workbook's cells: formulas are computed by it,
// not read back from the cached results the writer stored. Used to prove the exported formulas
// compute what the scoring engine computes.

export type TComputedWorkbook = {
  value: (sheet: string, address: string) => unknown;
  set: (sheet: string, address: string, content: RawCellContent) => void;
};

export async function computeWorkbook(buffer: Buffer | ArrayBuffer): Promise<TComputedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  const sheets: Record<string, RawCellContent[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: RawCellContent[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: RawCellContent[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = contentOf(cell.value);
      });
      rows[rowNumber - 1] = cells;
    });
    sheets[sheet.name] = Array.from(rows, (row) => Array.from(row ?? [], (c) => c ?? null));
  });
  const engine = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
  const at = (sheet: string, address: string) => {
    const parsed = engine.simpleCellAddressFromString(address, engine.getSheetId(sheet)!);
    if (!parsed) throw new Error(`bad address ${address}`);
    return parsed;
  };
  return {
    value: (sheet, address) => engine.getCellValue(at(sheet, address)),
    set: (sheet, address, content) => void engine.setCellContents(at(sheet, address), [[content]]),
  };
}

function contentOf(value: ExcelJS.CellValue): RawCellContent {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && "formula" in value && value.formula) return `=${value.formula}`;
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  throw new Error(`cell content not handled in tests: ${JSON.stringify(value)}`);
}
