"use client";

import { useState } from "react";
import { saveMonevNoteAction } from "@/lib/plans/actions";

type TProps = { assessmentId: string; month: number; areaCode: string; areaTitle: string; initial: string };

/** The unit's monev note for one month and area; saved when the field is left. */
export function MonevNoteField({ assessmentId, month, areaCode, areaTitle, initial }: TProps) {
  const [saved, setSaved] = useState(initial);
  const [state, setState] = useState<"idle" | "saving" | "saved" | { error: string }>("idle");
  const save = async (note: string) => {
    if (note.trim() === saved) return;
    setState("saving");
    const result = await saveMonevNoteAction({ assessmentId, month, areaCode, note });
    if (!result.ok) return setState({ error: result.message });
    setSaved(note.trim());
    setState("saved");
  };
  return (
    <div>
      <textarea defaultValue={initial} rows={2} aria-label={`Catatan monev ${areaTitle}`} onBlur={(e) => void save(e.target.value)}
        className="block w-full rounded-md border border-slate-300 px-2 py-1 text-sm" placeholder="Catatan dan tindak lanjut" />
      <p role="status" className="text-xs text-slate-600">
        {state === "saving" ? "Menyimpan..." : state === "saved" ? "Tersimpan" : typeof state === "object" ? <span className="text-red-700">{state.error}</span> : null}
      </p>
    </div>
  );
}
