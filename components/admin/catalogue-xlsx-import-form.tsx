"use client";

import Link from "next/link";
import { useId, useState, useTransition } from "react";
import type { TCatalogueError } from "@/lib/catalogue/catalogue-issue";
import { CatalogueErrorTable } from "@/components/admin/catalogue-error-table";
import { FormMessage, inputClass, primaryButtonClass } from "@/components/admin/form-message";
import { postFile } from "@/components/workbook/post-file";

// Same limit as the server (WORKBOOK_MAX_BYTES in lib/workbook/import/read-upload.ts).
const MAX_BYTES = 5 * 1024 * 1024;

type TData = { status: "invalid"; errors: TCatalogueError[] } | { status: "created" | "unchanged"; versionId: string; code: string; version: number };
type TOutcome = { kind: "error"; message: string } | { kind: "invalid"; errors: TCatalogueError[] } | { kind: "done"; message: string; versionId: string };

/** Sends a catalogue workbook (.xlsx) to the server; same checks and error list as the JSON import. */
export function CatalogueXlsxImportForm() {
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<TOutcome | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return setOutcome({ kind: "error", message: "Pilih berkas katalog (.xlsx) terlebih dahulu." });
    if (file.size > MAX_BYTES) return setOutcome({ kind: "error", message: `Berkas ${file.name} lebih dari 5 MB, batas unggah buku kerja.` });
    startTransition(async () => {
      const result = await postFile<TData>("/api/unggah/katalog", file);
      if (!result.ok) return setOutcome({ kind: "error", message: result.message });
      const data = result.data;
      if (data.status === "invalid") return setOutcome({ kind: "invalid", errors: data.errors });
      setOutcome({
        kind: "done", versionId: data.versionId,
        message: data.status === "created" ? `Katalog ${data.code} versi ${data.version} berhasil diimpor.` : `Isi sama dengan versi terakhir; tidak ada versi baru (${data.code} versi ${data.version}).`,
      });
    });
  }

  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-busy={pending}>
        <div>
          <label htmlFor={inputId} className="block text-sm font-medium">Berkas katalog Excel (.xlsx, paling besar 5 MB)</label>
          <input id={inputId} type="file" accept=".xlsx" onChange={(e) => { setFile(e.currentTarget.files?.[0] ?? null); setOutcome(null); }}
            className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:text-brand-800`} />
        </div>
        <button type="submit" disabled={pending} className={primaryButtonClass}>{pending ? "Memeriksa dan mengimpor..." : "Periksa dan impor XLSX"}</button>
        <p className="text-xs text-slate-500">Gunakan berkas &ldquo;Unduh XLSX&rdquo; dari halaman versi katalog sebagai acuan: lembar Katalog, Simpul, Butir, Opsi, Masukan dan Predikat.</p>
      </form>
      {outcome?.kind === "error" ? <FormMessage tone="error">{outcome.message}</FormMessage> : null}
      {outcome?.kind === "done" ? (
        <FormMessage tone="success">{outcome.message} <Link href={`/admin/katalog/${outcome.versionId}`} className="font-medium underline">Lihat katalog</Link></FormMessage>
      ) : null}
      {outcome?.kind === "invalid" ? (
        <>
          <FormMessage tone="error"><strong>Ditemukan {outcome.errors.length} masalah.</strong> Katalog tidak diimpor; perbaiki berkas lalu unggah kembali.</FormMessage>
          <CatalogueErrorTable errors={outcome.errors} />
        </>
      ) : null}
    </div>
  );
}
