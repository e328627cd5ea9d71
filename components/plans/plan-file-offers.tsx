"use client";

import { useState } from "react";
import { attachPlanFileAction } from "@/lib/plans/actions";
import { MONTH_LONG } from "@/lib/plans/plan-calendar";
import type { TEvidenceDto, TPlanFileOffer } from "@/lib/evidence/types";

type TProps = { itemId: string; offers: TPlanFileOffer[]; onAttached: (entry: TEvidenceDto) => void };

/** Files the indicator's rencana aksi produced, offered with one click as bukti dukung of this item. */
export function PlanFileOffers({ itemId, offers: initial, onAttached }: TProps) {
  const [offers, setOffers] = useState(initial);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string>();
  if (offers.length === 0) return null;

  const attach = async (offer: TPlanFileOffer) => {
    setBusy(offer.fileId);
    setError(undefined);
    const result = await attachPlanFileAction({ fileId: offer.fileId, itemId });
    setBusy(undefined);
    if (!result.ok) return setError(result.message);
    setOffers((current) => current.filter((o) => o.fileId !== offer.fileId));
    onAttached(result.data);
  };

  return (
    <div className="space-y-1 rounded-md border border-emerald-200 bg-emerald-50 p-2 text-sm" data-testid="plan-offers">
      <p className="font-medium text-emerald-950">Dari rencana aksi</p>
      <ul className="space-y-1">
        {offers.map((offer) => (
          <li key={offer.fileId} className="flex flex-wrap items-center justify-between gap-2">
            <span className="min-w-0 break-all">{offer.fileName} <span className="text-xs text-slate-600">({offer.stepDescription}, {MONTH_LONG[offer.month - 1]})</span></span>
            <button type="button" disabled={busy === offer.fileId} onClick={() => void attach(offer)}
              className="rounded bg-emerald-700 px-2 py-1 text-xs font-medium text-white hover:bg-emerald-800 disabled:opacity-60">
              Jadikan bukti dukung<span className="sr-only"> {offer.fileName}</span>
            </button>
          </li>
        ))}
      </ul>
      {error ? <p role="alert" className="text-red-700">{error}</p> : null}
    </div>
  );
}
