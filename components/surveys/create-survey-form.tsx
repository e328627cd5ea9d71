"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createSurveyAction } from "@/lib/surveys/actions";

type TQuestionnaire = { id: string; code: string; title: string; targetSample: number };

/** Starts the unit's survey of one questionnaire (closed until the unit opens it). */
export function CreateSurveyForm({ assessmentId, questionnaires }: { assessmentId: string; questionnaires: TQuestionnaire[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [chosen, setChosen] = useState(questionnaires[0]?.id ?? "");
  const target = questionnaires.find((q) => q.id === chosen)?.targetSample ?? 100;
  return (
    <form className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(async () => {
          const result = await createSurveyAction({
            assessmentId, catalogueVersionId: chosen, targetSample: data.get("targetSample"), tokenRequired: data.get("tokenRequired") === "on",
          });
          if (!result.ok) return setMessage(result.fieldErrors?.targetSample ?? result.message);
          router.push(`/lke/${assessmentId}/survei/${result.data.surveyId}`);
        });
      }}>
      <label className="block">
        <span>Kuesioner</span>
        <select value={chosen} onChange={(event) => setChosen(event.target.value)} className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5">
          {questionnaires.map((q) => <option key={q.id} value={q.id}>{q.title}</option>)}
        </select>
      </label>
      <label className="block">
        <span>Target responden</span>
        <input key={chosen} name="targetSample" type="number" min={1} defaultValue={target} className="mt-1 block w-28 rounded-md border border-slate-300 px-2 py-1.5" />
      </label>
      <label className="flex items-center gap-2 pb-2">
        <input name="tokenRequired" type="checkbox" className="h-4 w-4" /> Hanya dengan token
      </label>
      <button type="submit" disabled={pending || !chosen} className="rounded-md bg-brand-700 px-3 py-2 font-medium text-white disabled:opacity-60">
        {pending ? "Membuat..." : "Buat survei"}
      </button>
      {message ? <p role="alert" className="w-full text-red-700">{message}</p> : null}
    </form>
  );
}
