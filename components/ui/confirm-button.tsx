"use client";

import { useState } from "react";
import { useActionCall } from "@/components/review/use-action-call";
import type { TActionResult } from "@/lib/action-result";

type TProps = {
  label: string;
  confirmText: string;
  /** The confirming button's text; by default "Ya, <label>". */
  confirmLabel?: string;
  tone?: "primary" | "warning";
  run: () => Promise<TActionResult<unknown>>;
};

/** A workflow step (send, send back, finalise) behind an explicit confirmation. */
export function ConfirmButton({ label, confirmText, confirmLabel = `Ya, ${label.toLowerCase()}`, tone = "primary", run }: TProps) {
  const [confirming, setConfirming] = useState(false);
  // A refusal re-reads the page: a finalisation checklist or a changed status shows at once.
  const { call, pending, error } = useActionCall({ refreshOnError: true });
  const colour = tone === "warning" ? "bg-amber-700 hover:bg-amber-800" : "bg-brand-700 hover:bg-brand-800";
  return (
    <div className="space-y-2">
      {confirming ? (
        <div role="alertdialog" aria-label={label} className="rounded-md border border-slate-300 bg-white p-3 text-sm">
          <p>{confirmText}</p>
          <div className="mt-2 flex gap-2">
            <button type="button" disabled={pending} className={`rounded-md px-3 py-1.5 font-semibold text-white ${colour}`}
              onClick={() => call(run, () => setConfirming(false))}>
              {pending ? "Memproses..." : confirmLabel}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-slate-300 px-3 py-1.5">Batal</button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className={`rounded-md px-4 py-2 font-semibold text-white ${colour}`}>{label}</button>
      )}
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
