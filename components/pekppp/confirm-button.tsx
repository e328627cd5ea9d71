"use client";

import { useState } from "react";
import { useActionCall } from "@/components/review/use-action-call";
import type { TActionResult } from "@/lib/action-result";

/** A step of the PEKPPP evaluation behind an explicit confirmation (send F-02, finalise). */
export function ConfirmButton({ label, confirmText, run }: { label: string; confirmText: string; run: () => Promise<TActionResult<unknown>> }) {
  const [confirming, setConfirming] = useState(false);
  const { call, pending, error } = useActionCall({ refreshOnError: true });
  return (
    <div className="space-y-2">
      {confirming ? (
        <div role="alertdialog" aria-label={label} className="rounded-md border border-slate-300 bg-white p-3 text-sm">
          <p>{confirmText}</p>
          <div className="mt-2 flex gap-2">
            <button type="button" disabled={pending} className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white"
              onClick={() => call(run, () => setConfirming(false))}>{pending ? "Memproses..." : `Ya, ${label.toLowerCase()}`}</button>
            <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-slate-300 px-3 py-1.5">Batal</button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">{label}</button>
      )}
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
