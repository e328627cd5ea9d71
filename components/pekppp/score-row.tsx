"use client";

import { useState } from "react";
import type { TTeamSheetRow } from "@/lib/pekppp/team-sheet";
import { useActionCall } from "@/components/review/use-action-call";
import type { TActionResult } from "@/lib/action-result";

type TProps = {
  row: TTeamSheetRow;
  /** Which level and note the form starts from (own score or the agreed one). */
  current: { level: number; note: string } | null;
  label: string;
  noteLabel: string;
  save: (input: { itemId: string; level: number; note: string }) => Promise<TActionResult<unknown>>;
};

/** One indicator's level (0-5, each with the seed's description) and note, saved on request. */
export function ScoreRow({ row, current, label, noteLabel, save }: TProps) {
  const [level, setLevel] = useState<number | null>(current?.level ?? null);
  const [note, setNote] = useState(current?.note ?? "");
  const [saved, setSaved] = useState(false);
  const { call, pending, error } = useActionCall();
  const name = `${label}-${row.code}`;
  return (
    <div className="space-y-2">
      <fieldset>
        <legend className="text-sm font-semibold">{label}</legend>
        <div className="mt-1 grid gap-1">
          {row.levels.map((option) => (
            <label key={option.level} className={`flex cursor-pointer items-start gap-2 rounded border px-2 py-1 text-sm ${level === option.level ? "border-brand-600 bg-brand-50" : "border-slate-200"}`}>
              <input type="radio" name={name} value={option.level} checked={level === option.level} className="mt-1 accent-brand-700"
                onChange={() => { setLevel(option.level); setSaved(false); }} />
              <span><span className="font-semibold">{option.level}</span> · {option.description}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="block text-sm">
        <span className="text-slate-700">{noteLabel}</span>
        <textarea value={note} rows={2} onChange={(event) => { setNote(event.target.value); setSaved(false); }}
          className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1" />
      </label>
      <div className="flex items-center gap-3">
        <button type="button" disabled={pending || level === null} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-50"
          onClick={() => level !== null && call(() => save({ itemId: row.itemId, level, note }), () => setSaved(true))}>
          {pending ? "Menyimpan..." : `Simpan ${label.toLowerCase()}`}
        </button>
        {saved ? <span role="status" className="text-sm text-green-800">Tersimpan</span> : null}
      </div>
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
