"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type Resolver, type UseFormRegister } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { TItem } from "@/lib/scoring/types";
import type { TAnswerDto } from "@/lib/assessments/types";
import type { TSaveAnswerResult } from "@/lib/assessments/save-answer";
import type { TActionResult } from "@/lib/action-result";
import { saveAnswerAction, saveEvaluatorAnswerAction } from "@/lib/assessments/actions";
import { formValuesFrom, itemFormSchema, rawAnswerFrom, type TItemFormValues } from "@/lib/assessments/item-form";
import { isSameAnswer } from "@/lib/assessments/save-retry";
import { validateAnswer } from "@/lib/scoring/validate-answer";
import { useAutosave } from "@/components/lke/use-autosave";
import { useScoreUpdate } from "@/components/lke/score-context";
import { useFillingActions } from "@/components/lke/filling-page";
import { noteEarlyInput, type TEarlyInput } from "@/components/lke/early-input";
import { readUnsent, removeUnsent, writeUnsent, type TSide } from "@/components/lke/unsent-saves";

type TSaved = { answer: TAnswerDto; scores: TSaveAnswerResult["scores"] | null };

const TYPING_DELAY_MS = 800;

/**
 * The answer of one item: its form, autosave, and the copy kept in the browser until the server
 * confirms it. Input made before the page's JavaScript ran (a click on a slow connection) and
 * answers left unsent by an earlier visit are picked up once the card is interactive, and saved.
 */
export function useItemAnswer({ assessmentId, itemId, item, answer, side }: { assessmentId: string; itemId: string; item: TItem; answer: TAnswerDto | null; side: TSide }) {
  const { userId, setAnswered } = useFillingActions();
  const update = useScoreUpdate();
  // Built on the first validation, not on every render: the worksheet renders 113 items at once.
  const resolver = useMemo<Resolver<TItemFormValues>>(() => {
    let resolve: Resolver<TItemFormValues> | null = null;
    return (values, context, options) => (resolve ??= zodResolver(itemFormSchema(item)))(values, context, options);
  }, [item]);
  const form = useForm<TItemFormValues>({ resolver, defaultValues: formValuesFrom(item, answer), mode: "onChange" });
  const version = useRef(answer?.version ?? 0);
  const sent = useRef<string | null>(null);
  const [saved, setSaved] = useState(answer);

  const keep = useCallback(() => {
    writeUnsent({
      assessmentId, itemId, side, itemCode: item.code, userId, expectedVersion: version.current, values: form.getValues(),
      href: `${window.location.pathname}#butir-${item.code}`, updatedAt: new Date().toISOString(),
    });
  }, [assessmentId, itemId, side, item.code, userId, form]);

  const save = useCallback(async (): Promise<TActionResult<TSaved> | "invalid"> => {
    if (!(await form.trigger())) return "invalid";
    const values = form.getValues();
    const raw = rawAnswerFrom(item, values);
    sent.current = JSON.stringify(values);
    keep(); // the copy names the version this attempt is based on
    const action = side === "SELF" ? saveAnswerAction : saveEvaluatorAnswerAction;
    const result = await action({ assessmentId, itemId, expectedVersion: version.current, answer: raw, narrative: values.narrative });
    if (!result.ok && result.code === "CONFLICT") {
      // A retry after a lost reply finds its own first attempt stored: that is a success.
      const theirs = (result.current ?? null) as TAnswerDto | null;
      const mine = validateAnswer(item, raw);
      if (theirs && mine.ok && isSameAnswer(theirs, mine.answer, values.narrative)) return { ok: true, data: { answer: theirs, scores: null } };
    }
    return result;
  }, [assessmentId, itemId, item, form, side, keep]);

  const adopt = useCallback((stored: TAnswerDto | null) => {
    version.current = stored?.version ?? 0;
    setSaved(stored);
    setAnswered(itemId, stored !== null && stored.value !== null);
  }, [itemId, setAnswered]);

  const onSaved = useCallback((data: TSaved) => {
    adopt(data.answer);
    if (data.scores) update(data.scores);
    // Typed on while the save was in flight: keep that newer copy, now based on this version.
    if (JSON.stringify(form.getValues()) === sent.current) removeUnsent(assessmentId, itemId, side);
    else keep();
  }, [adopt, update, form, assessmentId, itemId, side, keep]);

  const autosave = useAutosave<TSaved>(save, onSaved);
  const { schedule } = autosave;

  useEffect(() => {
    const subscription = form.watch((_values, { name, type }) => {
      // Only the user's own edits save (a reset to someone else's answer does not).
      if (type !== "change") return;
      keep();
      // A choice is saved at once; typing waits for a pause.
      schedule(name === "optionKey" ? 0 : TYPING_DELAY_MS);
    });
    return () => subscription.unsubscribe();
  }, [form, schedule, keep]);

  // Before hydration the browser handles clicks and typing on its own; note what changed so the
  // form (which resets the fields to the saved answer when it attaches) can take it over.
  const hydrated = useRef(false);
  const early = useRef<TEarlyInput>({});
  const register = useCallback<UseFormRegister<TItemFormValues>>((name, options) => {
    const field = form.register(name, options);
    return { ...field, ref: (element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null) => {
      if (element && !hydrated.current) noteEarlyInput(element, name, early.current);
      field.ref(element);
    } };
  }, [form]);

  useEffect(() => {
    hydrated.current = true;
    const unsent = readUnsent(assessmentId, itemId, side);
    const restore: Record<string, string> = {};
    if (unsent && (unsent.userId === userId || userId === null)) {
      version.current = unsent.expectedVersion;
      Object.assign(restore, fieldsOf(unsent.values));
    }
    // Clicked or typed before hydration: newer than any copy from an earlier visit.
    Object.assign(restore, early.current);
    if (Object.keys(restore).length === 0) return;
    // setValue, not reset: reset goes through the native form reset, which leaves radios unticked.
    for (const [name, value] of Object.entries(restore)) form.setValue(name as keyof TItemFormValues, value, { shouldDirty: true });
    keep();
    schedule(0);
    // Runs once, when the card becomes interactive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const useTheirs = (theirs: TAnswerDto | null) => {
    adopt(theirs);
    for (const [name, value] of Object.entries(fieldsOf(formValuesFrom(item, theirs)))) form.setValue(name as keyof TItemFormValues, value);
    form.clearErrors();
    removeUnsent(assessmentId, itemId, side);
    autosave.setState({ kind: "saved" });
  };
  // A newer answer from the server (e.g. the unit's answer copied by the TPI) replaces the form,
  // unless something typed here is not saved yet: that is never dropped.
  // The first render's answer is not "newer": an unsent copy restored at mount must reach the
  // version check (and its conflict panel), not be replaced here.
  const settled = autosave.state.kind === "idle" || autosave.state.kind === "saved";
  const firstAnswer = useRef(answer);
  useEffect(() => {
    if (answer === firstAnswer.current) return;
    if (answer && answer.version > version.current && settled) useTheirs(answer);
    // Only a new answer from the server triggers this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answer]);

  const keepMine = (theirs: TAnswerDto | null) => {
    version.current = theirs?.version ?? 0;
    void autosave.saveNow();
  };
  const discard = () => useTheirs(saved);

  /**
   * Takes an edit back (Esc in the worksheet): the fields return to `values`. Back to the saved
   * answer with nothing sent yet, the scheduled save is dropped; otherwise `values` is saved.
   */
  const revertTo = (values: TItemFormValues) => {
    if (JSON.stringify(form.getValues()) === JSON.stringify(values)) return;
    for (const [name, value] of Object.entries(fieldsOf(values))) form.setValue(name as keyof TItemFormValues, value);
    const backToSaved = JSON.stringify(values) === JSON.stringify(formValuesFrom(item, saved));
    if (backToSaved && autosave.state.kind !== "conflict" && autosave.cancel()) {
      form.clearErrors();
      removeUnsent(assessmentId, itemId, side);
      return;
    }
    void form.trigger();
    keep();
    schedule(0);
  };

  return { form, register, saved, autosave, useTheirs, keepMine, discard, revertTo };
}

/** "optionKey", "inputs.harus", ...: the form's fields with their values. */
function fieldsOf(values: TItemFormValues): Record<string, string> {
  const { inputs, ...rest } = values;
  return { ...rest, ...Object.fromEntries(Object.entries(inputs).map(([key, value]) => [`inputs.${key}`, value])) };
}
