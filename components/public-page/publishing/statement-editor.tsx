"use client";

import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { saveStatementAction } from "@/lib/public-pages/actions";
import { STATEMENT_MAX, ZStatementForm, type TStatementForm } from "@/lib/public-pages/schemas";
import type { TStatementDto } from "@/lib/public-pages/types";
import { PublishToggle } from "@/components/public-page/publishing/publish-toggle";

/** The unit's public statement on one indicator: saved as a draft, then published deliberately. */
export function StatementEditor({ assessmentId, nodeId, title, statement }: { assessmentId: string; nodeId: string; title: string; statement: TStatementDto | null }) {
  const id = useId();
  const [saved, setSaved] = useState(statement);
  const [status, setStatus] = useState<string>();
  const form = useForm<TStatementForm>({ resolver: zodResolver(ZStatementForm), defaultValues: { body: statement?.body ?? "" } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ body }) => {
    setStatus(undefined);
    const result = await saveStatementAction({ assessmentId, nodeId, body, expectedVersion: saved?.version ?? 0 });
    if (!result.ok) return setStatus(result.message);
    setSaved(result.data);
    setStatus("Tersimpan");
  });

  return (
    <form onSubmit={submit} className="space-y-2" aria-busy={isSubmitting}>
      <label htmlFor={`${id}-body`} className="block text-sm font-medium">Pernyataan publik: {title}</label>
      <textarea id={`${id}-body`} rows={3} maxLength={STATEMENT_MAX + 100} {...form.register("body")}
        aria-invalid={errors.body ? true : undefined} aria-describedby={errors.body ? `${id}-error` : undefined}
        placeholder="Apa yang telah dilakukan unit pada indikator ini, dalam kalimat untuk masyarakat."
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm aria-[invalid=true]:border-red-600" />
      {errors.body ? <p id={`${id}-error`} className="text-sm text-red-700">{errors.body.message}</p> : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isSubmitting} className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-60">
          {isSubmitting ? "Menyimpan..." : "Simpan pernyataan"}
        </button>
        {saved ? <PublishToggle key={saved.version} target={{ type: "statement", assessmentId, nodeId }} published={saved.published} label={`pernyataan ${title}`} /> : null}
        {status ? <span role="status" className={status === "Tersimpan" ? "text-sm text-green-800" : "text-sm text-red-700"}>{status}</span> : null}
      </div>
    </form>
  );
}
