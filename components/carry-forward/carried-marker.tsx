"use client";

import { useState } from "react";
import { confirmCarriedAction } from "@/lib/carry-forward/actions";
import { RECHECK_LABEL, type TRecheckReason } from "@/lib/carry-forward/match-items";

type TProps = { assessmentId: string; itemId: string; recheck: string[]; canConfirm: boolean };

/** On an item card: this answer came from last year's LKE; confirm it as it is, or change it. */
export function CarriedMarker({ assessmentId, itemId, recheck, canConfirm }: TProps) {
  const [state, setState] = useState<"open" | "busy" | "done">("open");
  const [error, setError] = useState<string>();
  if (state === "done") return null;
  const confirm = async () => {
    setState("busy");
    const result = await confirmCarriedAction({ assessmentId, itemId });
    if (result.ok) return setState("done");
    setError(result.message);
    setState("open");
  };
  const reasons = recheck.map((r) => RECHECK_LABEL[r as TRecheckReason] ?? r);
  return (
    <div className={`mt-2 flex flex-wrap items-center gap-2 rounded-md px-2 py-1.5 text-xs ${reasons.length ? "bg-amber-50 text-amber-900" : "bg-sky-50 text-sky-900"}`} data-testid="carried-marker">
      <span className="font-semibold">Dari LKE tahun lalu</span>
      {reasons.length ? <span>· Periksa kembali: {reasons.join(", ")}</span> : <span>· belum dikonfirmasi</span>}
      {canConfirm ? (
        <button type="button" onClick={() => void confirm()} disabled={state === "busy"} className="ml-auto rounded border border-current px-2 py-0.5 disabled:opacity-60">
          {state === "busy" ? "Menyimpan..." : "Konfirmasi"}
        </button>
      ) : null}
      {error ? <span role="alert" className="w-full text-red-700">{error}</span> : null}
    </div>
  );
}
