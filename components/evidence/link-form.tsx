"use client";

import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { addEvidenceLinkAction } from "@/lib/evidence/actions";
import { ZLinkForm, type TLinkForm } from "@/lib/evidence/schemas";
import type { TEvidenceDto } from "@/lib/evidence/types";
import { submitOnEnter } from "@/components/evidence/submit-on-enter";
import { ExpectedDocumentSelect, expectedEntryOf } from "@/components/evidence/expected-document-select";

type TProps = { assessmentId: string; itemId: string; expected?: string[]; onAdded: (entry: TEvidenceDto) => void; onClose: () => void };

const fieldClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 aria-[invalid=true]:border-red-600";

/**
 * A link (URL with a title) as evidence. It sits inside the item's form, so it is a group of
 * fields rather than a nested <form>: Enter and the button submit it.
 */
export function LinkForm({ assessmentId, itemId, expected = [], onAdded, onClose }: TProps) {
  const id = useId();
  const [serverError, setServerError] = useState<string>();
  const [document, setDocument] = useState("");
  const form = useForm<TLinkForm>({ resolver: zodResolver(ZLinkForm), defaultValues: { title: "", url: "" } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setServerError(undefined);
    const result = await addEvidenceLinkAction({ assessmentId, itemId, ...values, expectedEntry: expectedEntryOf(document) });
    if (!result.ok) return setServerError(result.message);
    onAdded(result.data);
    form.reset();
    onClose();
  });

  return (
    <div role="group" aria-labelledby={`${id}-legend`} className="space-y-2 rounded-md border border-slate-200 bg-white p-3 text-sm" aria-busy={isSubmitting}>
      <p id={`${id}-legend`} className="font-medium">Tambah tautan</p>
      <div className="grid gap-2 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-title`}>Judul</label>
          <input id={`${id}-title`} {...form.register("title")} onKeyDown={submitOnEnter(submit)} placeholder="Mis. Berita pencanangan ZI di situs unit"
            aria-invalid={errors.title ? true : undefined} aria-describedby={errors.title ? `${id}-title-error` : undefined} className={fieldClass} />
          {errors.title ? <p id={`${id}-title-error`} className="mt-1 text-red-700">{errors.title.message}</p> : null}
        </div>
        <div>
          <label htmlFor={`${id}-url`}>Alamat (URL)</label>
          <input id={`${id}-url`} type="url" inputMode="url" {...form.register("url")} onKeyDown={submitOnEnter(submit)} placeholder="https://..."
            aria-invalid={errors.url ? true : undefined} aria-describedby={errors.url ? `${id}-url-error` : undefined} className={fieldClass} />
          {errors.url ? <p id={`${id}-url-error`} className="mt-1 text-red-700">{errors.url.message}</p> : null}
        </div>
      </div>
      <ExpectedDocumentSelect expected={expected} value={document} onChange={setDocument} />
      {serverError ? <p role="alert" className="text-red-700">{serverError}</p> : null}
      <div className="flex gap-2">
        <button type="button" onClick={() => void submit()} disabled={isSubmitting} className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {isSubmitting ? "Menyimpan..." : "Simpan tautan"}
        </button>
        <button type="button" onClick={onClose} className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100">Batal</button>
      </div>
    </div>
  );
}
