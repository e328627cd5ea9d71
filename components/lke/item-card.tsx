"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { TExact, TItem } from "@/lib/scoring/types";
import { Rational } from "@/lib/scoring/rational";
import type { TAnswerDto } from "@/lib/assessments/types";
import type { TSaveAnswerResult } from "@/lib/assessments/save-answer";
import { saveAnswerAction, saveEvaluatorAnswerAction } from "@/lib/assessments/actions";
import { formValuesFrom, itemFormSchema, rawAnswerFrom, type TItemFormValues } from "@/lib/assessments/item-form";
import { formatScore } from "@/lib/format";
import { AnswerControl } from "@/components/lke/answer-control";
import { ConflictNotice } from "@/components/lke/conflict-notice";
import { SaveStatus } from "@/components/lke/save-status";
import { useAutosave } from "@/components/lke/use-autosave";
import { useScores } from "@/components/lke/score-context";
import { EvidencePanel } from "@/components/evidence/evidence-panel";

type TProps = {
  assessmentId: string;
  itemId: string;
  item: TItem;
  maxPoints: TExact;
  answer: TAnswerDto | null;
  canEdit: boolean;
  /** Whose answer this card edits: the unit's (default) or the evaluator's. */
  side?: "SELF" | "EVALUATOR";
  /** Shown above the answer control (the unit's answer, for the evaluator). */
  context?: React.ReactNode;
  /** Shown under the narrative: evidence, the review thread. */
  children?: React.ReactNode;
  /** The item's bukti dukung (files, links, checklist); the panel shows only when given. */
  evidence?: React.ComponentProps<typeof EvidencePanel>["initial"];
};

const TYPING_DELAY_MS = 800;

/** One LKE item: its answer control, the evidence narrative and guidance, saved as you go. */
export function ItemCard({ assessmentId, itemId, item, maxPoints, answer, canEdit, side = "SELF", context, children, evidence }: TProps) {
  const schema = useMemo(() => itemFormSchema(item), [item]);
  const form = useForm<TItemFormValues>({ resolver: zodResolver(schema), defaultValues: formValuesFrom(item, answer), mode: "onChange" });
  const values = useWatch({ control: form.control }) as TItemFormValues;
  const version = useRef(answer?.version ?? 0);
  const [saved, setSaved] = useState(answer);
  const { update } = useScores();

  const save = useCallback(async () => {
    if (!(await form.trigger())) return "invalid" as const;
    const current = form.getValues();
    const save = side === "SELF" ? saveAnswerAction : saveEvaluatorAnswerAction;
    return save({ assessmentId, itemId, expectedVersion: version.current, answer: rawAnswerFrom(item, current), narrative: current.narrative });
  }, [assessmentId, itemId, item, form, side]);

  const onSaved = useCallback((data: TSaveAnswerResult) => {
    version.current = data.answer.version;
    setSaved(data.answer);
    update(data.scores);
  }, [update]);

  const autosave = useAutosave<TSaveAnswerResult>(save, onSaved);
  const { schedule } = autosave;

  useEffect(() => {
    const subscription = form.watch((_values, { name, type }) => {
      // Only the user's own edits save (a reset to someone else's answer does not).
      if (type !== "change") return;
      // A choice is saved at once; typing waits for a pause.
      schedule(name === "optionKey" ? 0 : TYPING_DELAY_MS);
    });
    return () => subscription.unsubscribe();
  }, [form, schedule]);

  const useTheirs = (theirs: TAnswerDto | null) => {
    version.current = theirs?.version ?? 0;
    setSaved(theirs);
    form.reset(formValuesFrom(item, theirs));
    autosave.setState({ kind: "saved" });
  };
  const keepMine = (theirs: TAnswerDto | null) => {
    version.current = theirs?.version ?? 0;
    void autosave.saveNow();
  };

  // The schema reports item rules under "answer", a path that is not a form field.
  const errors = form.formState.errors as { answer?: { message?: string }; narrative?: { message?: string } };
  const errorMessage = errors.answer?.message ?? errors.narrative?.message;
  const points = saved?.value === null || saved?.value === undefined ? null : Rational.parse(saved.value).times(Rational.parse(maxPoints));

  return (
    <article id={`butir-${item.code}`} aria-labelledby={`judul-${item.code}`} data-testid={`item-${item.code}`}
      className="scroll-mt-24 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`judul-${item.code}`} className="min-w-0 flex-1 text-sm font-medium">
          <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">{item.code}</span>
          {item.text}
        </h3>
        <SaveStatus state={autosave.state} onRetry={() => void autosave.saveNow()} />
      </header>
      {context ? <div className="mt-3">{context}</div> : null}
      {context ? <p className="mt-3 text-xs font-semibold uppercase tracking-wide text-slate-500">{side === "EVALUATOR" ? "Jawaban TPI" : "Jawaban"}</p> : null}
      <form className="mt-3 space-y-3" onSubmit={(event) => { event.preventDefault(); void autosave.saveNow(); }}>
        <AnswerControl item={item} register={form.register} values={values} disabled={!canEdit} />
        {errorMessage ? <p role="alert" className="text-sm text-red-700">{errorMessage}</p> : null}
        {autosave.state.kind === "error" ? <p role="alert" className="text-sm text-red-700">{autosave.state.message}</p> : null}
        {autosave.state.kind === "conflict" ? (
          <ConflictNotice item={item} state={autosave.state} onUseTheirs={useTheirs} onKeepMine={keepMine} />
        ) : null}
        <label className="block text-sm">
          <span className="text-slate-700">{side === "SELF" ? "Bukti dukung (uraian)" : "Dasar penilaian TPI"}</span>
          <textarea rows={2} disabled={!canEdit} {...form.register("narrative")}
            placeholder={side === "SELF" ? "Mis. SK Kepala Kejaksaan Negeri Nomor ... tentang Tim Kerja Pembangunan ZI" : "Mis. SK ada, namun belum mewakili seluruh unsur"}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
        </label>
        {evidence ? <EvidencePanel assessmentId={assessmentId} itemId={itemId} item={item} canEdit={canEdit && side === "SELF"} initial={evidence} /> : null}
        <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
          <details className="min-w-0">
            <summary className="cursor-pointer text-brand-700">Panduan penilaian</summary>
            <p className="mt-1 whitespace-pre-line text-slate-700">{item.guidance}</p>
          </details>
          <span className="text-slate-600" data-testid={`points-${item.code}`}>
            Nilai butir: <span className="font-semibold">{points === null ? "belum dijawab" : formatScore(points)}</span> dari {formatScore(maxPoints)}
          </span>
        </div>
      </form>
      {children}
    </article>
  );
}
