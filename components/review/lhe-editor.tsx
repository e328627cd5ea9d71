"use client";

import { useState } from "react";
import { saveLheDraftAction } from "@/lib/review/actions";
import type { TLheArea } from "@/lib/review/lhe-types";
import { useActionCall } from "@/components/review/use-action-call";

/** The lead evaluator edits the drafted recommendation of every area before finalising. */
export function LheEditor({ assessmentId, areas }: { assessmentId: string; areas: TLheArea[] }) {
  const [texts, setTexts] = useState<Record<string, string>>(Object.fromEntries(areas.map((a) => [a.code, a.recommendation])));
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const { call, pending, error } = useActionCall();
  return (
    <form className="space-y-4" onSubmit={(e) => {
      e.preventDefault();
      call(() => saveLheDraftAction({ assessmentId, recommendations: texts }), (data) => setSavedAt(data.savedAt));
    }}>
      {areas.map((area) => (
        <label key={area.code} className="block text-sm">
          <span className="font-medium">{area.code} {area.title} ({area.partTitle})</span>
          <textarea value={texts[area.code] ?? ""} rows={3} maxLength={4000} onChange={(e) => setTexts({ ...texts, [area.code]: e.target.value })}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
        </label>
      ))}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800">{pending ? "Menyimpan..." : "Simpan rekomendasi"}</button>
        {savedAt ? <span role="status" className="text-sm text-emerald-700">Tersimpan</span> : null}
      </div>
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
    </form>
  );
}
