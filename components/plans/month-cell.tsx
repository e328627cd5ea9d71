import { MONTH_LONG } from "@/lib/plans/plan-calendar";
import type { TCellState } from "@/lib/plans/plan-calendar";

const LOOK: Record<TCellState, { mark: string; className: string; label: string }> = {
  none: { mark: "", className: "", label: "tidak direncanakan" },
  planned: { mark: "○", className: "bg-brand-50 text-brand-800", label: "direncanakan" },
  done: { mark: "V", className: "bg-emerald-100 font-semibold text-emerald-900", label: "direncanakan, terealisasi" },
  late: { mark: "!", className: "bg-red-100 font-semibold text-red-800", label: "direncanakan, terlambat" },
  extra: { mark: "V", className: "bg-slate-100 text-slate-700", label: "terealisasi di luar rencana" },
};

/** One month of a step: planned (○), realised (V) or overdue (!), as in the unit's paper plan. */
export function monthCellLook(state: TCellState, month: number) {
  const look = LOOK[state];
  return { ...look, title: `${MONTH_LONG[month - 1]}: ${look.label}` };
}
