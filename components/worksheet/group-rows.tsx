"use client";

import { formatScore } from "@/lib/format";
import type { TWorksheetSide } from "@/lib/worksheet/types";
import { LiveAnswered, LiveScore } from "@/components/lke/score-context";
import styles from "@/components/worksheet/worksheet.module.css";

type TProps = {
  kind: "area" | "indicator";
  side: TWorksheetSide;
  code: string;
  title: string;
  weight: number;
  itemCount: number;
  /** The unit's stored score of this node (evaluator's sheet). */
  selfScore?: number;
  hidden: boolean;
  depth?: number;
};

// Subtotal rows of an area and of an indicator: its score (live) in the score column, out of its
// weight, and how many of its items are answered. Not part of the grid's cells: arrows skip them.
export function GroupRow({ kind, side, code, title, weight, itemCount, selfScore, hidden, depth = 0 }: TProps) {
  const live = <span className="whitespace-nowrap"><LiveScore code={code} className="font-semibold" /> <small>/ {formatScore(weight)}</small></span>;
  const answered = <small>{side === "EVALUATOR" ? "Dinilai TPI" : "Terjawab"} <LiveAnswered code={code} total={itemCount} /></small>;
  const titleCell = <td colSpan={2} style={depth ? { paddingLeft: `${0.5 + depth}rem` } : undefined}>{title}</td>;
  return (
    <tr hidden={hidden} data-testid={`group-${code}`} className={`${styles.group} ${kind === "area" ? styles.area : styles.indicator}`}>
      <th scope="rowgroup">{code}</th>
      {side === "SELF" ? (
        <>
          {titleCell}
          <td data-number>{live}</td>
          <td colSpan={3}>{answered}</td>
        </>
      ) : (
        <>
          {titleCell}
          <td data-number><span className="sr-only max-md:not-sr-only">Nilai unit </span>{formatScore(selfScore ?? 0)}</td>
          <td>{answered}</td>
          <td data-number><span className="sr-only max-md:not-sr-only">Nilai TPI </span>{live}</td>
          <td colSpan={3} />
        </>
      )}
    </tr>
  );
}
