"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { FormMessage, inputClass, primaryButtonClass } from "@/components/admin/form-message";
import { postFile } from "@/components/workbook/post-file";

// Same limit as the server (WORKBOOK_MAX_BYTES in lib/workbook/import/read-upload.ts).
const MAX_BYTES = 5 * 1024 * 1024;

type TProps = {
  /** The upload route; it answers { importId } for a preview. */
  uploadUrl: string;
  label: string;
  accept: string;
  /** Said when no file was chosen. */
  missing: string;
  previewHref: (importId: string) => string;
};

/** Sends a file to an upload route and opens the preview it made; nothing is written yet. */
export function FileUploadForm({ uploadUrl, label, accept, missing, previewHref }: TProps) {
  const inputId = useId();
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function pick(next: File | null) {
    setFile(next);
    setError(next && next.size > MAX_BYTES ? `Berkas ${next.name} lebih dari 5 MB, batas unggah.` : undefined);
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return setError(missing);
    if (file.size > MAX_BYTES) return;
    startTransition(async () => {
      const result = await postFile<{ importId: string }>(uploadUrl, file);
      if (!result.ok) return setError(result.message);
      router.push(previewHref(result.data.importId));
    });
  }

  const errorId = `${inputId}-error`;
  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-busy={pending}>
      <div>
        <label htmlFor={inputId} className="block text-sm font-medium">{label}</label>
        <input id={inputId} type="file" accept={accept}
          onChange={(e) => pick(e.currentTarget.files?.[0] ?? null)}
          aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}
          className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:text-brand-800`} />
      </div>
      {error ? <FormMessage tone="error"><span id={errorId}>{error}</span></FormMessage> : null}
      <button type="submit" disabled={pending} className={primaryButtonClass}>{pending ? "Memeriksa berkas..." : "Periksa berkas"}</button>
    </form>
  );
}
