// The plan's months are those of the period's year, in the unit's time zone. Pure: no I/O.

export const MONTH_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"] as const;
export const MONTH_LONG = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"] as const;
export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** How many months of `year` have ended at `now` in `timeZone` (0 before it begins, 12 after it). */
export function monthsEnded(year: number, now: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "numeric" }).formatToParts(now);
  const nowYear = Number(parts.find((p) => p.type === "year")?.value);
  const nowMonth = Number(parts.find((p) => p.type === "month")?.value);
  return Math.min(12, Math.max(0, (nowYear - year) * 12 + nowMonth - 1));
}

export type TCellState = "none" | "planned" | "done" | "late" | "extra";

/** A month's mark as on the unit's paper plan: planned (○), realised (V), overdue (!). */
export const CELL_MARK: Record<TCellState, string> = { none: "", planned: "○", done: "V", late: "!", extra: "V" };

/** One month of one step: planned or not, realised or not, and whether the month is over. */
export function cellState(planned: boolean, realised: boolean, ended: boolean): TCellState {
  if (realised) return planned ? "done" : "extra";
  if (!planned) return "none";
  return ended ? "late" : "planned";
}

export type TStepStatus = "selesai" | "terlambat" | "berjalan";

export const STEP_STATUS_LABEL: Record<TStepStatus, string> = { selesai: "Selesai", terlambat: "Terlambat", berjalan: "Berjalan" };

/**
 * Selesai when every planned month is realised; terlambat when a planned month ended unrealised or
 * the target date passed before that; otherwise berjalan.
 */
export function stepStatus(plannedMonths: readonly number[], realisedMonths: readonly number[], ended: number, targetPassed: boolean): TStepStatus {
  const missing = plannedMonths.filter((m) => !realisedMonths.includes(m));
  if (missing.length === 0) return "selesai";
  if (targetPassed || missing.some((m) => m <= ended)) return "terlambat";
  return "berjalan";
}
