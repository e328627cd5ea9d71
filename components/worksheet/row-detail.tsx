"use client";

import type { TItem } from "@/lib/scoring/types";
import type { TAnswerDto } from "@/lib/assessments/types";
import type { TSaveState } from "@/components/lke/use-autosave";
import { ConflictNotice } from "@/components/lke/conflict-notice";
import { RevisionNoteForm, type TRowVerdict } from "@/components/worksheet/verdict-cell";
import styles from "@/components/worksheet/worksheet.module.css";

type TProps = {
  code: string;
  hidden: boolean;
  columns: number;
  item: TItem;
  state: TSaveState;
  onUseTheirs: (theirs: TAnswerDto | null) => void;
  onKeepMine: (theirs: TAnswerDto | null) => void;
  verdict: TRowVerdict | null;
};

/** Under an item, across the sheet: the conflict panel, why a save failed, the revision note. */
export function RowDetail({ code, hidden, columns, item, state, onUseTheirs, onKeepMine, verdict }: TProps) {
  return (
    <tr data-nav-row hidden={hidden} data-testid={`detail-${code}`} className={styles.detail}>
      <td colSpan={columns}>
        {state.kind === "conflict" ? <ConflictNotice item={item} state={state} onUseTheirs={onUseTheirs} onKeepMine={onKeepMine} /> : null}
        {state.kind === "error" || state.kind === "retrying" ? (
          <p role="alert" className={`text-sm ${state.kind === "error" ? "text-red-700" : "text-amber-900"}`}>{code}: {state.message}</p>
        ) : null}
        {verdict?.asking ? <RevisionNoteForm code={code} control={verdict} /> : null}
        {verdict?.notice && !verdict.error ? <p role="status" className="text-sm text-emerald-800">{code}: {verdict.notice}</p> : null}
        {verdict?.error ? <p role="alert" className="text-sm text-red-700">{code}: {verdict.error}</p> : null}
      </td>
    </tr>
  );
}
