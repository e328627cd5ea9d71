"use client";

import type { FocusEvent, KeyboardEvent } from "react";
import type { UseFormRegister } from "react-hook-form";
import type { TAnswerDto } from "@/lib/assessments/types";
import type { TItemFormValues } from "@/lib/assessments/item-form";
import type { TWorksheetRow, TWorksheetSide } from "@/lib/worksheet/types";
import type { TSaveState } from "@/components/lke/use-autosave";
import { SaveStatus } from "@/components/lke/save-status";
import { VerdictBadge } from "@/components/review/verdict-badge";
import { AnswerCell } from "@/components/worksheet/answer-cell";
import { EvidenceCell } from "@/components/worksheet/evidence-cell";
import { CodeCell } from "@/components/worksheet/code-cell";
import { PointsCell, SelfAnswerCells } from "@/components/worksheet/self-answer-cells";
import { RowDetail } from "@/components/worksheet/row-detail";
import { VerdictCell, type TRowVerdict } from "@/components/worksheet/verdict-cell";
import styles from "@/components/worksheet/worksheet.module.css";

export type TRowProps = {
  assessmentId: string;
  side: TWorksheetSide;
  row: TWorksheetRow;
  /** The item's card on its area page (evidence, guidance, notes). */
  cardHref: string;
  hidden: boolean;
  canReview: boolean;
  onDiffers: (itemId: string, differs: boolean) => void;
};

/** What a row shows of its answer: from the live form in the browser, from the saved answer on the server. */
export type TRowAnswer = {
  register: UseFormRegister<TItemFormValues>;
  values: TItemFormValues;
  saved: TAnswerDto | null;
  state: TSaveState;
  errorMessage?: string;
  invalidInputs?: string[];
  /** Typing in a textarea waits until the page is interactive (React resets its text when it hydrates). */
  interactive: boolean;
  differs: boolean;
  verdict: TRowVerdict;
  onRetry?: () => void;
  onUseTheirs?: (theirs: TAnswerDto | null) => void;
  onKeepMine?: (theirs: TAnswerDto | null) => void;
  onFocus?: (event: FocusEvent) => void;
  onKeyDown?: (event: KeyboardEvent) => void;
};

/** One item's row: code, question, (the unit's answer,) the answer inline, points, narrative, evidence, verdict. */
export function RowView({ side, row, cardHref, hidden, canReview, view }: TRowProps & { view: TRowAnswer }) {
  const { item } = row;
  const errorId = `galat-${item.code}`;
  const answered = view.saved !== null && view.saved.value !== null;
  const editing = row.canEdit;
  const evaluator = side === "EVALUATOR";
  const status = view.state.kind;
  const showDetail = status === "conflict" || status === "error" || status === "retrying" || (evaluator && (view.verdict.asking || view.verdict.notice !== null || view.verdict.error !== null));
  const tone = view.differs ? "bg-amber-50" : undefined;

  return (
    <>
      <tr id={`butir-${item.code}`} data-nav-row hidden={hidden} data-testid={`row-${item.code}`} data-differs={view.differs || undefined}
        onFocus={view.onFocus} onKeyDown={view.onKeyDown} className={styles.item}>
        <CodeCell code={item.code} href={cardHref} changed={row.changed} />
        <td>{item.text}</td>
        {evaluator ? <SelfAnswerCells item={item} answer={row.selfAnswer} maxPoints={row.maxPoints} /> : null}
        <td className={tone}>
          <AnswerCell item={item} register={view.register} values={view.values} disabled={!editing} invalidInputs={view.invalidInputs}
            errorId={view.errorMessage ? errorId : undefined} />
          {view.differs ? <p className="mt-0.5 text-xs font-semibold text-amber-900">Berbeda dari unit</p> : null}
          {view.errorMessage ? <p role="alert" id={errorId} className="mt-1 text-xs text-red-700">{view.errorMessage}</p> : null}
          <SaveStatus state={view.state} onRetry={view.onRetry ?? noop} />
        </td>
        <PointsCell code={item.code} answer={view.saved} maxPoints={row.maxPoints} compareTo={evaluator ? row.selfAnswer : undefined} className={tone} />
        <td>
          <textarea rows={2} tabIndex={-1} autoComplete="off" disabled={!editing} readOnly={!view.interactive} defaultValue={view.values.narrative}
            aria-label={`${evaluator ? "Dasar penilaian TPI" : "Uraian bukti dukung"} ${item.code}`} {...view.register("narrative")} />
        </td>
        <EvidenceCell code={item.code} evidence={row.evidence} answered={evaluator ? row.selfAnswer?.value != null : answered} cardHref={cardHref}
          canManage={!evaluator && editing} />
        <td>
          {evaluator ? <VerdictCell code={item.code} verdict={row.verdict} canReview={canReview} control={view.verdict} />
            : row.verdict ? <VerdictBadge verdict={row.verdict} /> : <span className="text-xs text-slate-600">—</span>}
        </td>
      </tr>
      {showDetail ? (
        <RowDetail code={item.code} hidden={hidden} columns={evaluator ? 9 : 7} item={item} state={view.state} onUseTheirs={view.onUseTheirs ?? noop}
          onKeepMine={view.onKeepMine ?? noop} verdict={evaluator ? view.verdict : null} />
      ) : null}
    </>
  );
}

const noop = () => {};
