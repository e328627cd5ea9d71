import "server-only";
import ExcelJS from "exceljs";
import type { TExportColumn } from "@/lib/dashboard/export-columns";
import type { TDashboardUnit } from "@/lib/dashboard/list-dashboard-units";
import type { TExportValue } from "@/lib/dashboard/export-columns";
import { roundedNumber } from "@/lib/format";
import { Rational } from "@/lib/scoring/rational";

const NUMBER_FORMAT: Record<TExportColumn["kind"], string | undefined> = {
  int: "0",
  score: "0.00",
  share: "0.00%",
  text: undefined,
  date: "dd/mm/yyyy hh:mm",
};

// Excel has no time zones: write the wall-clock time in Jakarta.
const WIB_OFFSET_MS = 7 * 3_600_000;

// A figure is written as the number the page shows, rounded once by the formatter (scores to two
// decimals, shares to four, shown as a percentage with two): a spreadsheet can still add it up,
// and no program's own rounding of a longer binary fraction can print other digits.
const PLACES: Partial<Record<TExportColumn["kind"], number>> = { score: 2, share: 4 };

function cellValue(value: TExportValue, kind: TExportColumn["kind"]) {
  if (value instanceof Date) return new Date(value.getTime() + WIB_OFFSET_MS);
  const places = PLACES[kind];
  if (places !== undefined && (typeof value === "number" || value instanceof Rational)) return roundedNumber(value, places);
  return value instanceof Rational ? value.toNumber() : value;
}

/** The unit table as a workbook: real numbers (as shown, with two decimals), frozen header, filters. */
export async function toXlsx(columns: TExportColumn[], rows: TDashboardUnit[], meta: { title: string; generatedAt: Date }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Zona Integritas";
  workbook.created = meta.generatedAt;
  workbook.title = meta.title;
  const sheet = workbook.addWorksheet("Unit", { views: [{ state: "frozen", ySplit: 1, xSplit: 3 }] });
  sheet.columns = columns.map((c, i) => ({ key: String(i), header: c.header, width: c.width, style: NUMBER_FORMAT[c.kind] ? { numFmt: NUMBER_FORMAT[c.kind] } : {} }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: "top" };
  for (const row of rows) {
    sheet.addRow(columns.map((c) => cellValue(c.value(row), c.kind)));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
