import type { TWorksheetRow, TWorksheetSide } from "@/lib/worksheet/types";

// The worksheet's filters, as named in the address bar (?saring=...).

export const FILTERS = ["semua", "belum-dijawab", "tanpa-bukti", "dikembalikan", "berubah", "berbeda"] as const;
export type TWorksheetFilter = (typeof FILTERS)[number];

export const FILTER_LABEL: Record<TWorksheetFilter, string> = {
  semua: "Semua butir",
  "belum-dijawab": "Belum dijawab",
  "tanpa-bukti": "Tanpa bukti dukung",
  dikembalikan: "Dikembalikan",
  berubah: "Berubah sejak putaran terakhir",
  berbeda: "Berbeda dari unit",
};

export function parseFilter(value: unknown): TWorksheetFilter {
  return FILTERS.includes(value as TWorksheetFilter) ? (value as TWorksheetFilter) : "semua";
}

/** Which filters a sheet offers: "berbeda" is the evaluator's, "berubah" only once a round was sent back. */
export function filtersFor(side: TWorksheetSide, hasRound: boolean): TWorksheetFilter[] {
  return FILTERS.filter((f) => (f !== "berbeda" || side === "EVALUATOR") && (f !== "berubah" || hasRound));
}

/** What a filter looks at of a row, live: its answer on this sheet and whether it differs from the unit's. */
export type TRowState = { answered: boolean; differs: boolean };

export function matchesFilter(filter: TWorksheetFilter, row: TWorksheetRow, state: TRowState): boolean {
  switch (filter) {
    case "semua": return true;
    case "belum-dijawab": return !state.answered;
    case "tanpa-bukti": return row.evidence.count === 0;
    case "dikembalikan": return row.verdict === "REVISION_REQUESTED";
    case "berubah": return row.changed;
    case "berbeda": return state.differs;
  }
}
