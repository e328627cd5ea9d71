import { CELL_MARK, MONTH_LONG, type TCellState } from "@/lib/plans/plan-calendar";
import styles from "@/components/plans/plan-grid.module.css";

const STATE_WORDS: Record<TCellState, string> = {
  none: "", planned: "direncanakan", done: "terealisasi", late: "terlambat", extra: "terealisasi di luar rencana",
};

/**
 * One month of a step: planned (○), realised (V) or overdue (!), as in the unit's paper plan (the
 * legend above the table says so). Plain and small: a full plan has 3,600 of them. Where the viewer
 * may realise, a marked month is a button (reachable by Tab, opened with Enter or Space); its click
 * reaches the row, which opens the realisation form for that month.
 */
export function MonthCell({ state, month, actionable }: { state: TCellState; month: number; actionable: boolean }) {
  const mark = CELL_MARK[state];
  return (
    <td className={styles.cell} data-month={month} data-state={state}>
      {actionable && state !== "none" ? (
        <button type="button" className={styles.mark} aria-label={`${MONTH_LONG[month - 1]}: ${STATE_WORDS[state]}, catat realisasi`}>{mark}</button>
      ) : mark}
    </td>
  );
}
