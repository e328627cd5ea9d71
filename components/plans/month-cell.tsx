import { MONTH_LONG, type TCellState } from "@/lib/plans/plan-calendar";
import styles from "@/components/plans/plan-grid.module.css";

const LOOK: Record<TCellState, { mark: string; label: string }> = {
  none: { mark: "", label: "tidak direncanakan" },
  planned: { mark: "○", label: "direncanakan" },
  done: { mark: "V", label: "direncanakan, terealisasi" },
  late: { mark: "!", label: "direncanakan, terlambat" },
  extra: { mark: "V", label: "terealisasi di luar rencana" },
};

type TProps = { state: TCellState; month: number; note?: string; onRealise?: (month: number) => void };

/** One month of a step: planned (○), realised (V) or overdue (!), as in the unit's paper plan. */
export function MonthCell({ state, month, note, onRealise }: TProps) {
  const look = LOOK[state];
  const label = `${MONTH_LONG[month - 1]}: ${look.label}${note ? `. ${note}` : ""}`;
  return (
    <td className={styles.cell} data-month={month} data-state={state}>
      {onRealise && state !== "none"
        ? <button type="button" aria-label={`Realisasi ${label}`} title={label} onClick={() => onRealise(month)}>{look.mark}</button>
        : state === "none" ? null : <span aria-label={label} title={label}>{look.mark}</span>}
    </td>
  );
}
