"use client";

import { useState } from "react";
import { copySelfAnswerAction, setVerdictAction } from "@/lib/review/actions";
import type { TItemReviewDto } from "@/lib/review/thread";
import { useScores } from "@/components/lke/score-context";
import { useActionCall } from "@/components/review/use-action-call";
import { VerdictBadge } from "@/components/review/verdict-badge";

type TProps = {
  assessmentId: string;
  itemId: string;
  itemCode: string;
  review: TItemReviewDto | null;
  canReview: boolean;
  /** The unit answered this item: there is something to copy. */
  unitAnswered: boolean;
  /** The TPI answer's version as this page loaded it (0: none yet). */
  evaluatorVersion: number;
};

/**
 * Accept the item, or send it back to the unit with a note saying what to fix. Accepting
 * without a TPI answer takes the unit's answer as the TPI answer; "Salin jawaban unit" does that
 * alone, also over a TPI answer the evaluator wants to replace.
 */
export function VerdictControls({ assessmentId, itemId, itemCode, review, canReview, unitAnswered, evaluatorVersion }: TProps) {
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const { call, pending, error } = useActionCall();
  const { update } = useScores();
  const accept = () => call(() => setVerdictAction({ assessmentId, itemId, verdict: "ACCEPTED" }), (data) => {
    if (data.copied) update(data.copied.scores);
    setNotice(data.copied ? "Diterima. Jawaban unit disalin sebagai jawaban TPI." : null);
  });
  const copy = () => call(() => copySelfAnswerAction({ assessmentId, itemId, expectedVersion: evaluatorVersion }), (data) => {
    update(data.scores);
    setNotice("Jawaban unit disalin sebagai jawaban TPI.");
  });
  return (
    <div className="space-y-2" data-testid={`verdict-${itemCode}`}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600">Putusan:</span>
        <VerdictBadge verdict={review?.verdict ?? "PENDING"} />
        {canReview ? (
          <>
            <button type="button" disabled={pending} onClick={accept}
              className="rounded-md bg-emerald-700 px-3 py-1.5 font-medium text-white hover:bg-emerald-800 disabled:opacity-50">Terima</button>
            <button type="button" onClick={() => setAsking((v) => !v)} aria-expanded={asking}
              className="rounded-md border border-amber-700 px-3 py-1.5 font-medium text-amber-900 hover:bg-amber-50">Minta perbaikan</button>
            {unitAnswered ? (
              <button type="button" disabled={pending} onClick={copy}
                className="rounded-md border border-slate-400 px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50">Salin jawaban unit</button>
            ) : null}
          </>
        ) : null}
      </div>
      {asking && canReview ? (
        <form className="space-y-2" onSubmit={(e) => {
          e.preventDefault();
          call(() => setVerdictAction({ assessmentId, itemId, verdict: "REVISION_REQUESTED", note }), () => { setAsking(false); setNote(""); setNotice(null); });
        }}>
          <label className="block text-sm">
            <span className="text-slate-700">Catatan perbaikan untuk unit</span>
            <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} required maxLength={4000}
              className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
          </label>
          <button type="submit" disabled={pending || note.trim() === ""} className="rounded-md bg-amber-700 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-50">
            Kirim permintaan perbaikan
          </button>
        </form>
      ) : null}
      {notice && !error ? <p role="status" className="text-sm text-emerald-800">{notice}</p> : null}
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
