"use client";

import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { renameEvidenceAction } from "@/lib/evidence/actions";
import { ZRenameForm, type TRenameForm } from "@/lib/evidence/schemas";
import type { TEvidenceDto } from "@/lib/evidence/types";
import { submitOnEnter } from "@/components/evidence/submit-on-enter";

type TProps = { entry: TEvidenceDto; onRenamed: (entry: TEvidenceDto) => void; onClose: () => void };

/** Ganti nama: the title shown for the entry (and offered when downloading its current file). */
export function RenameField({ entry, onRenamed, onClose }: TProps) {
  const id = useId();
  const [serverError, setServerError] = useState<string>();
  const form = useForm<TRenameForm>({ resolver: zodResolver(ZRenameForm), defaultValues: { title: entry.title } });
  const error = form.formState.errors.title?.message ?? serverError;

  const submit = form.handleSubmit(async ({ title }) => {
    setServerError(undefined);
    const result = await renameEvidenceAction({ evidenceId: entry.id, title });
    if (!result.ok) return setServerError(result.message);
    onRenamed(result.data);
    onClose();
  });

  return (
    <div className="mt-2 space-y-1 text-sm">
      <label htmlFor={`${id}-title`} className="block">Nama baru</label>
      <div className="flex flex-wrap gap-2">
        <input id={`${id}-title`} autoFocus {...form.register("title")} onKeyDown={submitOnEnter(submit, onClose)}
          aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
          className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-1.5 aria-[invalid=true]:border-red-600" />
        <button type="button" onClick={() => void submit()} disabled={form.formState.isSubmitting}
          className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60">Simpan nama</button>
        <button type="button" onClick={onClose} className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100">Batal</button>
      </div>
      {error ? <p id={`${id}-error`} role="alert" className="text-red-700">{error}</p> : null}
    </div>
  );
}
