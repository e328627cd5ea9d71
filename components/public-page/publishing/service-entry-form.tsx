"use client";

import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createServiceEntryAction } from "@/lib/public-pages/actions";
import { PHOTO_MAX_BYTES, SERVICE_KIND_LABELS, SERVICE_KINDS, ZServiceEntryForm, type TServiceEntryForm } from "@/lib/public-pages/schemas";

const fieldClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 aria-[invalid=true]:border-red-600";

/** A new maklumat, service standard or innovation (with an optional photo), saved as a draft. */
export function ServiceEntryForm({ assessmentId }: { assessmentId: string }) {
  const id = useId();
  const router = useRouter();
  const photoRef = useRef<HTMLInputElement>(null);
  const [serverError, setServerError] = useState<string>();
  const form = useForm<TServiceEntryForm>({ resolver: zodResolver(ZServiceEntryForm), defaultValues: { kind: "INNOVATION", title: "", body: "" } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setServerError(undefined);
    const photo = photoRef.current?.files?.[0];
    if (photo && photo.size > PHOTO_MAX_BYTES) return setServerError("Foto paling besar 2 MB.");
    const data = new FormData();
    data.append("assessmentId", assessmentId);
    data.append("kind", values.kind);
    data.append("title", values.title);
    data.append("body", values.body);
    if (photo) data.append("photo", photo);
    const result = await createServiceEntryAction(data);
    if (!result.ok) return setServerError(result.message);
    form.reset();
    if (photoRef.current) photoRef.current.value = "";
    router.refresh();
  });

  const error = (name: keyof TServiceEntryForm) => errors[name] ? <p id={`${id}-${name}-error`} className="mt-1 text-red-700">{errors[name]?.message}</p> : null;
  const described = (name: keyof TServiceEntryForm) => ({ "aria-invalid": errors[name] ? true : undefined, "aria-describedby": errors[name] ? `${id}-${name}-error` : undefined });

  return (
    <form onSubmit={submit} className="space-y-3 rounded-md border border-slate-200 bg-white p-3 text-sm" aria-busy={isSubmitting}>
      <h3 className="font-semibold">Tambah informasi pelayanan</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-kind`}>Jenis</label>
          <select id={`${id}-kind`} {...form.register("kind")} {...described("kind")} className={fieldClass}>
            {SERVICE_KINDS.map((k) => <option key={k} value={k}>{SERVICE_KIND_LABELS[k]}</option>)}
          </select>
          {error("kind")}
        </div>
        <div>
          <label htmlFor={`${id}-title`}>Judul</label>
          <input id={`${id}-title`} {...form.register("title")} {...described("title")} className={fieldClass} placeholder="Mis. Aplikasi antrean daring" />
          {error("title")}
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-body`}>Uraian singkat</label>
        <textarea id={`${id}-body`} rows={3} {...form.register("body")} {...described("body")} className={fieldClass} />
        {error("body")}
      </div>
      <div>
        <label htmlFor={`${id}-photo`}>Foto (PNG, JPEG atau WebP, paling besar 2 MB; tidak wajib)</label>
        <input id={`${id}-photo`} ref={photoRef} name="photo" type="file" accept="image/png,image/jpeg,image/webp" className="mt-1 block w-full text-sm" />
      </div>
      {serverError ? <p role="alert" className="text-red-700">{serverError}</p> : null}
      <button type="submit" disabled={isSubmitting} className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? "Menyimpan..." : "Simpan sebagai draf"}
      </button>
    </form>
  );
}
