"use client";

import type { TItem } from "@/lib/scoring/types";
import type { TAnswerDto } from "@/lib/assessments/types";
import { formatDateTime } from "@/lib/format";
import { describeAnswer } from "@/lib/assessments/describe-answer";

type TProps = {
  item: TItem;
  state: { message: string; current: unknown };
  onUseTheirs: (theirs: TAnswerDto | null) => void;
  onKeepMine: (theirs: TAnswerDto | null) => void;
};

/** Someone else saved this item first: show their answer and let the user decide. */
export function ConflictNotice({ item, state, onUseTheirs, onKeepMine }: TProps) {
  const theirs = (state.current as TAnswerDto | null) ?? null;
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="conflict-notice">
      <p className="font-medium text-amber-900">{state.message}</p>
      <p className="mt-1">
        Jawaban terbaru: <span className="font-semibold" data-testid="conflict-their-answer">{describeAnswer(item, theirs)}</span>
        {theirs?.updatedAt ? <span className="text-slate-600"> ({theirs.updatedByName}, {formatDateTime(theirs.updatedAt)})</span> : null}
      </p>
      {theirs?.narrative ? <p className="mt-1 text-slate-700">Uraian: {theirs.narrative}</p> : null}
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" onClick={() => onUseTheirs(theirs)} className="rounded-md bg-amber-700 px-3 py-1.5 font-medium text-white hover:bg-amber-800">
          Pakai jawaban terbaru
        </button>
        <button type="button" onClick={() => onKeepMine(theirs)} className="rounded-md border border-amber-700 px-3 py-1.5 font-medium text-amber-900 hover:bg-amber-100">
          Timpa dengan jawaban saya
        </button>
      </div>
    </div>
  );
}
