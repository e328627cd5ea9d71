"use client";

import { useState } from "react";
import { setVerdictAction } from "@/lib/review/actions";
import type { TItemReviewDto } from "@/lib/review/thread";
import { useActionCall } from "@/components/review/use-action-call";
import { VerdictBadge } from "@/components/review/verdict-badge";

type TProps = { assessmentId: string; itemId: string; itemCode: string; review: TItemReviewDto | null; canReview: boolean };

/** Accept the item, or send it back to the unit with a note saying what to fix. */
export function VerdictControls({ assessmentId, itemId, itemCode, review, canReview }: TProps) {
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState("");
  const { call, pending, error } = useActionCall();
  return (
    <div className="space-y-2" data-testid={`verdict-${itemCode}`}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600">Putusan:</span>
        <VerdictBadge verdict={review?.verdict ?? "PENDING"} />
        {canReview ? (
          <>
            <button type="button" disabled={pending} onClick={() => call(() => setVerdictAction({ assessmentId, itemId, verdict: "ACCEPTED" }))}
              className="rounded-md bg-emerald-700 px-3 py-1.5 font-medium text-white hover:bg-emerald-800 disabled:opacity-50">Terima</button>
            <button type="button" onClick={() => setAsking((v) => !v)} aria-expanded={asking}
              className="rounded-md border border-amber-700 px-3 py-1.5 font-medium text-amber-900 hover:bg-amber-50">Minta perbaikan</button>
          </>
        ) : null}
      </div>
      {asking && canReview ? (
        <form className="space-y-2" onSubmit={(e) => {
          e.preventDefault();
          call(() => setVerdictAction({ assessmentId, itemId, verdict: "REVISION_REQUESTED", note }), () => { setAsking(false); setNote(""); });
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
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
