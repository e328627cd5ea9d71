import { CELL_MARK, type TCellState } from "@/lib/plans/plan-calendar";
import styles from "@/components/plans/plan-grid.module.css";

/**
 * One month of a step: planned (○), realised (V) or overdue (!), as in the unit's paper plan (the
 * legend above the table says so). Plain and small: a full plan has 3,600 of them. A click on one
 * opens the realisation form for that month (handled once per row); by keyboard the row's
 * "Realisasi" button does the same.
 */
export function MonthCell({ state, month }: { state: TCellState; month: number }) {
  return <td className={styles.cell} data-month={month} data-state={state}>{CELL_MARK[state]}</td>;
}
