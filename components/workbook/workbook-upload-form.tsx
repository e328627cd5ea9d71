"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { FormMessage, inputClass, primaryButtonClass } from "@/components/admin/form-message";
import { postFile } from "@/components/workbook/post-file";

// Same limit as the server (WORKBOOK_MAX_BYTES in lib/workbook/import/read-upload.ts).
const MAX_BYTES = 5 * 1024 * 1024;


/** Sends a workbook to the upload route and opens its preview; nothing is written yet. */
export function WorkbookUploadForm({ assessmentId }: { assessmentId: string }) {
  const inputId = useId();
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function pick(next: File | null) {
    setFile(next);
    setError(next && next.size > MAX_BYTES ? `Berkas ${next.name} lebih dari 5 MB, batas unggah buku kerja.` : undefined);
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return setError("Pilih berkas buku kerja (.xlsx) terlebih dahulu.");
    if (file.size > MAX_BYTES) return;
    startTransition(async () => {
      const result = await postFile<{ importId: string }>(`/api/unggah/lke?assessmentId=${encodeURIComponent(assessmentId)}`, file);
      if (!result.ok) return setError(result.message);
      router.push(`/lke/${assessmentId}/impor/${result.data.importId}`);
    });
  }

  const errorId = `${inputId}-error`;
  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-busy={pending}>
      <div>
        <label htmlFor={inputId} className="block text-sm font-medium">Buku kerja LKE (.xlsx, paling besar 5 MB)</label>
        <input id={inputId} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => pick(e.currentTarget.files?.[0] ?? null)}
          aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}
          className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:text-brand-800`} />
      </div>
      {error ? <FormMessage tone="error"><span id={errorId}>{error}</span></FormMessage> : null}
      <button type="submit" disabled={pending} className={primaryButtonClass}>{pending ? "Memeriksa berkas..." : "Periksa berkas"}</button>
    </form>
  );
}
