"use client";

import { useState } from "react";
import type { Verdict } from "@/lib/generated/prisma/enums";
import { setVerdictAction } from "@/lib/review/actions";
import { useScoreUpdate } from "@/components/lke/score-context";
import { useActionCall } from "@/components/review/use-action-call";
import { VerdictBadge } from "@/components/review/verdict-badge";

/**
 * The evaluator's verdict on one row, through the review module's action: "Terima" (taking the
 * unit's answer as the TPI answer when the TPI gave none) or a request for revision with a note,
 * written in the row below.
 */
export function useRowVerdict(assessmentId: string, itemId: string) {
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { call, pending, error } = useActionCall();
  const update = useScoreUpdate();
  const accept = () => call(() => setVerdictAction({ assessmentId, itemId, verdict: "ACCEPTED" }), (data) => {
    if (data.copied) update(data.copied.scores);
    setNotice(data.copied ? "Diterima. Jawaban unit disalin sebagai jawaban TPI." : null);
  });
  const requestRevision = (note: string) => call(() => setVerdictAction({ assessmentId, itemId, verdict: "REVISION_REQUESTED", note }), () => {
    setAsking(false);
    setNotice(null);
  });
  return { asking, setAsking, notice, pending, error, accept, requestRevision };
}

export type TRowVerdict = ReturnType<typeof useRowVerdict>;

/** The server's render: no verdict being written. */
export const NO_VERDICT: TRowVerdict = { asking: false, setAsking: () => {}, notice: null, pending: false, error: null, accept: () => {}, requestRevision: () => {} };

export function VerdictCell({ code, verdict, canReview, control }: { code: string; verdict: Verdict | null; canReview: boolean; control: TRowVerdict }) {
  return (
    <div className="flex flex-wrap items-center gap-1" data-testid={`verdict-${code}`}>
      <VerdictBadge verdict={verdict ?? "PENDING"} />
      {canReview ? (
        <>
          <button type="button" tabIndex={-1} disabled={control.pending} onClick={control.accept}
            className="rounded bg-emerald-700 px-2 py-0.5 text-xs font-medium text-white hover:bg-emerald-800 disabled:opacity-50">Terima</button>
          <button type="button" tabIndex={-1} aria-expanded={control.asking} onClick={() => control.setAsking(!control.asking)}
            className="rounded border border-amber-700 px-2 py-0.5 text-xs font-medium text-amber-900 hover:bg-amber-50">Minta perbaikan</button>
        </>
      ) : null}
    </div>
  );
}

/** The note a request for revision needs, in the row under the item. */
export function RevisionNoteForm({ code, control }: { code: string; control: TRowVerdict }) {
  const [note, setNote] = useState("");
  return (
    <form className="space-y-2" onSubmit={(event) => { event.preventDefault(); control.requestRevision(note); }}>
      <label className="block text-sm">
        <span className="text-slate-700">Catatan perbaikan untuk unit ({code})</span>
        <textarea tabIndex={-1} value={note} onChange={(e) => setNote(e.target.value)} rows={2} required maxLength={4000}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
      </label>
      <div className="flex gap-2">
        <button type="submit" tabIndex={-1} disabled={control.pending || note.trim() === ""}
          className="rounded-md bg-amber-700 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-50">Kirim permintaan perbaikan</button>
        <button type="button" tabIndex={-1} onClick={() => control.setAsking(false)} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">Batal</button>
      </div>
    </form>
  );
}
