"use client";

import { memo, useEffect, useRef, useSyncExternalStore, type FocusEvent, type KeyboardEvent } from "react";
import { useWatch, type UseFormRegister } from "react-hook-form";
import { formValuesFrom, inputsToMark, type TItemFormValues } from "@/lib/assessments/item-form";
import { answersDiffer } from "@/lib/worksheet/compare";
import { useItemAnswer } from "@/components/lke/use-item-answer";
import { cellOf, isField, leavesCell } from "@/components/worksheet/grid-keys";
import { NO_VERDICT, useRowVerdict } from "@/components/worksheet/verdict-cell";
import { RowView, type TRowProps } from "@/components/worksheet/row-view";

/** In the browser: the row's answer through the same autosave, version check and conflict panel as its card. */
function LiveRow(props: TRowProps) {
  const { assessmentId, side, row, onDiffers } = props;
  const { item } = row;
  const { form, register, saved, autosave, useTheirs, keepMine, revertTo } = useItemAnswer({ assessmentId, itemId: row.id, item, answer: row.answer, side });
  const values = useWatch({ control: form.control }) as TItemFormValues;
  const interactive = useSyncExternalStore(noSubscription, () => true, () => false);
  const verdict = useRowVerdict(assessmentId, row.id);
  const differs = side === "EVALUATOR" && answersDiffer(item, row.selfAnswer, saved);
  useEffect(() => onDiffers(row.id, differs), [onDiffers, row.id, differs]);

  // The values when editing of a cell began: Esc returns to them.
  const editStart = useRef<TItemFormValues | null>(null);
  const onFocus = (event: FocusEvent) => {
    if (!isFormField(event.target)) return;
    const cell = cellOf(event.target);
    const from = event.relatedTarget;
    if (cell && from instanceof Node && from !== cell && cell.contains(from)) return;
    editStart.current = structuredClone(form.getValues());
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!isFormField(event.target)) return;
    if (event.key === "Escape" && editStart.current) revertTo(editStart.current);
    else if (leavesCell(event) && autosave.state.kind === "dirty") void autosave.saveNow();
  };

  // The schema reports item rules under "answer", a path that is not a form field.
  const errors = form.formState.errors as { answer?: { message?: string }; narrative?: { message?: string } };
  return (
    <RowView {...props} view={{
      register, values, saved, state: autosave.state, interactive, differs, verdict,
      errorMessage: errors.answer?.message ?? errors.narrative?.message,
      invalidInputs: errors.answer ? inputsToMark(item, values) : undefined,
      onRetry: () => void autosave.saveNow(), onUseTheirs: useTheirs, onKeepMine: keepMine, onFocus, onKeyDown,
    }} />
  );
}

/**
 * On the server: the same markup from the saved answer, without the form, autosave and verdict
 * state that only the browser uses (building 113 forms per request was a third of the render).
 * The browser hydrates this HTML with LiveRow, whose first render is identical.
 */
function StaticRow(props: TRowProps) {
  const { row, side } = props;
  return (
    <RowView {...props} view={{
      register: inertRegister, values: formValuesFrom(row.item, row.answer), saved: row.answer, state: IDLE, interactive: false,
      differs: side === "EVALUATOR" && answersDiffer(row.item, row.selfAnswer, row.answer), verdict: NO_VERDICT,
    }} />
  );
}

/** One item of the worksheet. */
export const WorksheetRow = memo(typeof window === "undefined" ? StaticRow : LiveRow);

/** A field of the answer form (the revision note is not one). */
const isFormField = (target: EventTarget | null) => isField(target) && target.name !== "";

const IDLE = { kind: "idle" } as const;
const inertRegister = ((name: string) => ({ name, onChange: async () => {}, onBlur: async () => {}, ref: () => {} })) as UseFormRegister<TItemFormValues>;
const noSubscription = () => () => {};
