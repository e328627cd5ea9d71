"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { generateSurveyTokensAction } from "@/lib/surveys/actions";

/** Makes more single-use tokens to hand out with the printed list. */
export function TokenForm({ surveyId }: { surveyId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <form className="flex flex-wrap items-end gap-2 text-sm" onSubmit={(event) => {
      event.preventDefault();
      const count = new FormData(event.currentTarget).get("count");
      startTransition(async () => {
        const result = await generateSurveyTokensAction({ surveyId, count });
        setMessage(result.ok ? `${result.data.created} token dibuat.` : result.fieldErrors?.count ?? result.message);
        if (result.ok) router.refresh();
      });
    }}>
      <label className="block">
        <span>Jumlah token baru</span>
        <input name="count" type="number" min={1} max={500} defaultValue={20} className="mt-1 block w-24 rounded-md border border-slate-300 px-2 py-1.5" />
      </label>
      <button type="submit" disabled={pending} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 disabled:opacity-60">{pending ? "Membuat..." : "Buat token"}</button>
      {message ? <p role="status" className="w-full">{message}</p> : null}
    </form>
  );
}
