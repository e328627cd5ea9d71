"use client";

import { useSyncExternalStore } from "react";
import { useWatch } from "react-hook-form";
import type { TItem } from "@/lib/scoring/types";
import type { TAnswerDto } from "@/lib/assessments/types";
import { inputsToMark, type TItemFormValues } from "@/lib/assessments/item-form";
import { formatScore } from "@/lib/format";
import { AnswerControl } from "@/components/lke/answer-control";
import { ConflictNotice } from "@/components/lke/conflict-notice";
import { SaveStatus } from "@/components/lke/save-status";
import { useItemAnswer } from "@/components/lke/use-item-answer";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { CarriedMarker } from "@/components/carry-forward/carried-marker";

type TProps = {
  assessmentId: string;
  itemId: string;
  item: TItem;
  maxPoints: number;
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

/** One LKE item: its answer control, the evidence narrative and guidance, saved as you go. */
export function ItemCard({ assessmentId, itemId, item, maxPoints, answer, canEdit, side = "SELF", context, children, evidence }: TProps) {
  const { form, register, saved, autosave, useTheirs, keepMine, discard } = useItemAnswer({ assessmentId, itemId, item, answer, side });
  const values = useWatch({ control: form.control }) as TItemFormValues;
  const interactive = useSyncExternalStore(noSubscription, () => true, () => false);

  // The schema reports item rules under "answer", a path that is not a form field.
  const errors = form.formState.errors as { answer?: { message?: string }; narrative?: { message?: string } };
  const errorMessage = errors.answer?.message ?? errors.narrative?.message;
  const invalidInputs = errors.answer ? inputsToMark(item, values) : undefined;
  const errorId = `galat-${item.code}`;
  const points = saved?.value === null || saved?.value === undefined ? null : saved.value * maxPoints;

  return (
    <article id={`butir-${item.code}`} aria-labelledby={`judul-${item.code}`} data-testid={`item-${item.code}`}
      className="scroll-mt-24 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`judul-${item.code}`} className="min-w-0 flex-1 text-sm font-medium">
          <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">{item.code}</span>
          {item.text}
        </h3>
        <SaveStatus state={autosave.state} onRetry={() => void autosave.saveNow()} onDiscard={discard} />
      </header>
      {side === "SELF" && saved?.carried ? <CarriedMarker assessmentId={assessmentId} itemId={itemId} recheck={saved.recheck} canConfirm={canEdit} /> : null}
      {context ? <div className="mt-3">{context}</div> : null}
      {context ? <p className="mt-3 text-xs font-semibold uppercase tracking-wide text-slate-500">{side === "EVALUATOR" ? "Jawaban TPI" : "Jawaban"}</p> : null}
      {/* autoComplete off: the browser must not refill fields on reload (they would count as new input). */}
      <form noValidate className="mt-3 space-y-3" autoComplete="off" onSubmit={(event) => { event.preventDefault(); void autosave.saveNow(); }}>
        <AnswerControl item={item} register={register} values={values} disabled={!canEdit} invalidInputs={invalidInputs} errorId={errorMessage ? errorId : undefined} />
        {errorMessage ? <p role="alert" id={errorId} className="text-sm text-red-700">{errorMessage}</p> : null}
        {autosave.state.kind === "error" || autosave.state.kind === "retrying" ? (
          <p role="alert" className={`text-sm ${autosave.state.kind === "error" ? "text-red-700" : "text-amber-900"}`}>{autosave.state.message}</p>
        ) : null}
        {autosave.state.kind === "conflict" ? (
          <ConflictNotice item={item} state={autosave.state} onUseTheirs={useTheirs} onKeepMine={keepMine} />
        ) : null}
        <label className="block text-sm">
          <span className="text-slate-700">{side === "SELF" ? "Bukti dukung (uraian)" : "Dasar penilaian TPI"}</span>
          {/* React resets a textarea's text when it hydrates: typing there waits until the page is interactive. */}
          <textarea rows={2} disabled={!canEdit} readOnly={!interactive} defaultValue={values.narrative} {...register("narrative")}
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

const noSubscription = () => () => {};
