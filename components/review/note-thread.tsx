"use client";

import { useState } from "react";
import { addNoteAction } from "@/lib/review/actions";
import type { TNoteDto } from "@/lib/review/thread";
import { formatDateTime } from "@/lib/format";
import { useActionCall } from "@/components/review/use-action-call";

type TProps = { assessmentId: string; itemId: string; itemCode: string; notes: TNoteDto[]; canWrite: boolean; replyLabel: string };

/** The item's conversation between TPI and unit, oldest first; append-only. */
export function NoteThread({ assessmentId, itemId, itemCode, notes, canWrite, replyLabel }: TProps) {
  const [body, setBody] = useState("");
  const { call, pending, error } = useActionCall();
  if (notes.length === 0 && !canWrite) return null;
  return (
    <section aria-label={`Catatan butir ${itemCode}`} className="mt-3 space-y-2 border-t border-slate-200 pt-3" data-testid={`thread-${itemCode}`}>
      <h4 className="text-sm font-semibold">Catatan evaluasi</h4>
      <ol className="space-y-2">
        {notes.map((note) => (
          <li key={note.id} className={`rounded-md px-3 py-2 text-sm ${note.side === "EVALUATOR" ? "bg-amber-50" : "bg-brand-50"}`}>
            <p className="text-xs text-slate-600">
              <span className="font-semibold">{note.side === "EVALUATOR" ? "TPI" : "Unit"} · {note.authorName}</span> · {formatDateTime(note.createdAt)}
            </p>
            <p className="mt-0.5 whitespace-pre-line">{note.body}</p>
          </li>
        ))}
      </ol>
      {canWrite ? (
        <form className="space-y-2" onSubmit={(e) => {
          e.preventDefault();
          call(() => addNoteAction({ assessmentId, itemId, body }), () => setBody(""));
        }}>
          <label className="block text-sm">
            <span className="text-slate-700">{replyLabel}</span>
            <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={2} maxLength={4000}
              className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
          </label>
          <button type="submit" disabled={pending || body.trim() === ""} className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 disabled:opacity-50">
            {pending ? "Mengirim..." : "Kirim catatan"}
          </button>
          {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
        </form>
      ) : null}
    </section>
  );
}
