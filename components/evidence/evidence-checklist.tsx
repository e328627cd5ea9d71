"use client";

import { useId, useState } from "react";
import { setChecklistTickAction } from "@/lib/evidence/actions";

type TProps = {
  assessmentId: string;
  itemId: string;
  expected: string[];
  /** Ticked entries; the panel owns them because an upload named as a document ticks it too. */
  ticks: Set<number>;
  onTicks: (update: (current: Set<number>) => Set<number>) => void;
  canEdit: boolean;
};

/** The catalogue's expected documents for the item, ticked by the unit against its files. */
export function EvidenceChecklist({ assessmentId, itemId, expected, ticks, onTicks, canEdit }: TProps) {
  const id = useId();
  const [error, setError] = useState<string>();
  if (expected.length === 0) return null;

  const toggle = async (entry: number, checked: boolean) => {
    setError(undefined);
    onTicks((current) => withTick(current, entry, checked));
    const result = await setChecklistTickAction({ assessmentId, itemId, entry, checked });
    if (!result.ok) {
      onTicks((current) => withTick(current, entry, !checked));
      setError(result.message);
    }
  };

  return (
    <fieldset className="text-sm" data-testid="evidence-checklist">
      <legend id={`${id}-legend`} className="font-medium">Dokumen yang diharapkan ({ticks.size} dari {expected.length} tersedia)</legend>
      <ul className="mt-1 space-y-1">
        {expected.map((label, entry) => (
          <li key={entry}>
            <label className="inline-flex items-start gap-2">
              <input type="checkbox" className="mt-0.5" checked={ticks.has(entry)} disabled={!canEdit}
                onChange={(event) => void toggle(entry, event.currentTarget.checked)} />
              <span>{label}</span>
            </label>
          </li>
        ))}
      </ul>
      {error ? <p role="alert" className="mt-1 text-red-700">{error}</p> : null}
    </fieldset>
  );
}

export function withTick(current: Set<number>, entry: number, checked: boolean) {
  const next = new Set(current);
  if (checked) next.add(entry);
  else next.delete(entry);
  return next;
}
