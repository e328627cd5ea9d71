import type { TExportColumn, TExportValue } from "@/lib/dashboard/export-columns";
import type { TDashboardUnit } from "@/lib/dashboard/list-dashboard-units";
import { roundHalfUp, roundPercent } from "@/lib/format";
import { Rational } from "@/lib/scoring/rational";

// CSV for other tools: RFC 4180 (comma, CRLF, quotes doubled), dot decimals, UTF-8 with a byte
// order mark so spreadsheet programs read Indonesian names right. Figures are rounded by the one
// formatter (lib/format.ts), so they print the digits the page shows. Pure.

const dateTime = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });

export function csvCell(value: TExportValue, kind: TExportColumn["kind"]): string {
  if (value === null) return "";
  if (value instanceof Date) return dateTime.format(value);
  if (typeof value === "number" || value instanceof Rational) {
    if (kind === "share") return roundPercent(value);
    if (kind === "score") return roundHalfUp(value, 2);
    return String(value);
  }
  // A cell starting with = + - @ would run as a formula when opened in a spreadsheet.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: TExportColumn[], rows: TDashboardUnit[]): string {
  const header = columns.map((c) => csvCell(c.kind === "share" ? `${c.header} (%)` : c.header, "text")).join(",");
  const lines = rows.map((row) => columns.map((c) => csvCell(c.value(row), c.kind)).join(","));
  return `\uFEFF${[header, ...lines].join("\r\n")}\r\n`;
}
