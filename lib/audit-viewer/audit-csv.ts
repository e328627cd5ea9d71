import "server-only";
import { csvCell } from "@/lib/dashboard/to-csv";
import type { TAuditRow } from "@/lib/audit-viewer/queries";

const COLUMNS: { header: string; value: (row: TAuditRow) => string | Date }[] = [
  { header: "Waktu (WIB)", value: (r) => r.at },
  { header: "Pengguna", value: (r) => r.actor },
  { header: "Jenis", value: (r) => r.action },
  { header: "Unit dan periode", value: (r) => r.unit },
  { header: "Data", value: (r) => r.entity },
  { header: "Perubahan (JSON)", value: (r) => r.change },
];

/** The filtered trail as CSV (same rules as the dashboard's: RFC 4180, BOM, no formula injection). */
export function auditCsv(rows: TAuditRow[]): string {
  const header = COLUMNS.map((c) => csvCell(c.header, "text")).join(",");
  const lines = rows.map((row) => COLUMNS.map((c) => csvCell(c.value(row), "text")).join(","));
  return `\uFEFF${[header, ...lines].join("\r\n")}\r\n`;
}
