import { MONTH_SHORT, type TCellState } from "@/lib/plans/plan-calendar";
import styles from "@/components/plans/plan-grid.module.css";

const LOOK: Record<TCellState, { mark: string; label: string }> = {
  none: { mark: "", label: "" },
  planned: { mark: "○", label: "direncanakan" },
  done: { mark: "V", label: "terealisasi" },
  late: { mark: "!", label: "terlambat" },
  extra: { mark: "V", label: "terealisasi di luar rencana" },
};

type TProps = { state: TCellState; month: number; onRealise?: (month: number) => void };

/**
 * One month of a step: planned (○), realised (V) or overdue (!), as in the unit's paper plan. Kept
 * small: a full plan has 3,600 of them; notes are in the realisation form.
 */
export function MonthCell({ state, month, onRealise }: TProps) {
  const look = LOOK[state];
  if (state === "none") return <td className={styles.cell} data-month={month} data-state={state} />;
  const label = `${MONTH_SHORT[month - 1]}: ${look.label}`;
  return (
    <td className={styles.cell} data-month={month} data-state={state}>
      {onRealise
        ? <button type="button" aria-label={`Realisasi ${label}`} onClick={() => onRealise(month)}>{look.mark}</button>
        : <span aria-label={label}>{look.mark}</span>}
    </td>
  );
}
