import type { TDashboardUnit } from "@/lib/dashboard/list-dashboard-units";
import type { TDashboardNode } from "@/lib/dashboard/dashboard-nodes";
import { nodeLabel } from "@/lib/dashboard/dashboard-nodes";
import { predicateLevel } from "@/lib/dashboard/labels";
import { STATUS_LABEL } from "@/lib/assessments/status-labels";
import { Rational, ZERO } from "@/lib/scoring/rational";

// The unit table as export columns: one definition for XLSX and CSV, so both files carry the
// same columns in the same order. Pure (types only from the query module).

export type TExportKind = "int" | "score" | "share" | "text" | "date";
/** Scores and shares are figures (lib/format.ts) that both files round the same way. */
export type TExportValue = string | number | Rational | Date | null;
export type TExportColumn = { header: string; kind: TExportKind; width: number; value: (row: TDashboardUnit) => TExportValue };

const share = (part: number, whole: number) => (whole > 0 ? Rational.ratio(part, whole) : ZERO);

export function exportColumns(areas: TDashboardNode[]): TExportColumn[] {
  const areaColumns = areas.flatMap((area): TExportColumn[] => [
    { header: `${area.code} ${nodeLabel(area)} (mandiri)`, kind: "score", width: 14, value: (r) => r.areas[area.code]?.self?.score ?? 0 },
    { header: `${area.code} ${nodeLabel(area)} (TPI)`, kind: "score", width: 14, value: (r) => r.areas[area.code]?.evaluator?.score ?? null },
  ]);
  return [
    { header: "Peringkat instansi", kind: "int", width: 10, value: (r) => r.rankAll },
    { header: "Peringkat wilayah", kind: "int", width: 10, value: (r) => r.rankRegion },
    { header: "Unit", kind: "text", width: 40, value: (r) => r.unitName },
    { header: "Kode unit", kind: "text", width: 18, value: (r) => r.unitCode },
    { header: "Wilayah", kind: "text", width: 34, value: (r) => r.regionName },
    { header: "Status", kind: "text", width: 18, value: (r) => STATUS_LABEL[r.status] },
    { header: "Butir terjawab", kind: "int", width: 10, value: (r) => r.answeredCount },
    { header: "Jumlah butir", kind: "int", width: 10, value: (r) => r.itemCount },
    { header: "Progres", kind: "share", width: 10, value: (r) => share(r.answeredCount, r.itemCount) },
    { header: "Butir dengan bukti dukung", kind: "int", width: 12, value: (r) => r.evidencedCount },
    { header: "Kelengkapan bukti dukung", kind: "share", width: 12, value: (r) => share(r.evidencedCount, r.itemCount) },
    { header: "Nilai mandiri", kind: "score", width: 10, value: (r) => r.selfTotal },
    { header: "Nilai TPI", kind: "score", width: 10, value: (r) => r.evalTotal },
    { header: "Nilai acuan peringkat", kind: "score", width: 10, value: (r) => r.refTotal },
    { header: "Predikat (nilai mandiri)", kind: "text", width: 12, value: (r) => predicateLevel(r.selfWbk, r.selfWbbm) },
    { header: "Predikat (nilai TPI)", kind: "text", width: 12, value: (r) => predicateLevel(r.evalWbk, r.evalWbbm) },
    ...areaColumns,
    { header: "Aktivitas terakhir", kind: "date", width: 18, value: (r) => r.lastActivityAt },
  ];
}

/** The file name both exports use: dasbor-unit-zi-2026.xlsx. */
export function exportFileName(year: number, extension: "xlsx" | "csv"): string {
  return `dasbor-unit-zi-${year}.${extension}`;
}
