"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { importCatalogueAction } from "@/lib/catalogue/actions";
import type { TCatalogueError } from "@/lib/catalogue/catalogue-issue";
import { formatInteger } from "@/lib/format";
import { CatalogueErrorTable } from "@/components/admin/catalogue-error-table";
import { FieldError, FormMessage, inputClass, primaryButtonClass } from "@/components/admin/form-message";

// Same limit as the server (CATALOGUE_FILE_MAX_BYTES in lib/catalogue/admin-queries.ts).
const MAX_BYTES = 2 * 1024 * 1024;
// next.config.ts limits server action bodies (1 MB at the time of writing).
const SERVER_BODY_HINT_BYTES = 1024 * 1024;

type TOutcome =
  | { kind: "error"; message: string }
  | { kind: "invalid"; fileName: string; errors: TCatalogueError[] }
  | { kind: "done"; message: string; versionId: string };

/** Picks a catalogue .json file, reads it in the browser and sends its text to the server. */
export function CatalogueImportForm() {
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [outcome, setOutcome] = useState<TOutcome | null>(null);
  const [pending, startTransition] = useTransition();
  const resultRef = useRef<HTMLDivElement>(null);

  // Keyboard and screen-reader users land on the result, not at the top of a long page.
  useEffect(() => {
    if (outcome) resultRef.current?.focus();
  }, [outcome]);

  function pick(next: File | null) {
    setFile(next);
    setOutcome(null);
    setFileError(next && next.size > MAX_BYTES ? sizeMessage(next) : undefined);
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return setFileError("Pilih berkas katalog (.json) terlebih dahulu.");
    if (file.size > MAX_BYTES) return setFileError(sizeMessage(file));
    startTransition(async () => {
      let text: string;
      try {
        text = await file.text();
      } catch {
        // The file changed or moved on disk after it was picked.
        return setOutcome({ kind: "error", message: "Berkas tidak dapat dibaca. Pilih ulang berkas katalog lalu coba lagi." });
      }
      const payload = compact(text);
      try {
        const result = await importCatalogueAction(payload);
        if (!result.ok) return setOutcome({ kind: "error", message: result.message });
        const data = result.data;
        if (data.status === "invalid") return setOutcome({ kind: "invalid", fileName: file.name, errors: data.errors });
        const message = data.status === "created"
          ? `Katalog ${data.code} versi ${data.version} berhasil diimpor.`
          : `Isi sama dengan versi terakhir; tidak ada versi baru (${data.code} versi ${data.version}).`;
        setOutcome({ kind: "done", message, versionId: data.versionId });
      } catch {
        // The request itself failed: no connection, or a body over the server's action limit.
        const hint = payload.length > SERVER_BODY_HINT_BYTES ? " Berkas ini besar; bila terus gagal, hubungi pengelola aplikasi." : "";
        setOutcome({ kind: "error", message: `Berkas tidak dapat dikirim ke server. Periksa koneksi Anda lalu coba lagi.${hint}` });
      }
    });
  }

  const errorId = `${inputId}-error`;
  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-busy={pending}>
        <div>
          <label htmlFor={inputId} className="block text-sm font-medium">Berkas katalog (.json, paling besar 2 MB)</label>
          <input id={inputId} type="file" accept=".json,application/json"
            onChange={(e) => pick(e.currentTarget.files?.[0] ?? null)}
            aria-invalid={fileError ? true : undefined} aria-describedby={fileError ? errorId : undefined}
            className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:text-brand-800`} />
          <FieldError id={errorId} message={fileError} />
        </div>
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? "Memeriksa dan mengimpor..." : "Periksa dan impor"}
        </button>
        <p className="text-xs text-slate-500">
          Berkas diperiksa seluruhnya sebelum disimpan. Setiap impor membuat versi baru; versi yang dipakai periode tidak pernah diubah.
        </p>
      </form>
      {outcome ? (
        <div ref={resultRef} tabIndex={-1} className="space-y-3 outline-none">
          <ImportOutcome outcome={outcome} />
        </div>
      ) : null}
    </div>
  );
}

function ImportOutcome({ outcome }: { outcome: TOutcome }) {
  if (outcome.kind === "error") return <FormMessage tone="error">{outcome.message}</FormMessage>;
  if (outcome.kind === "done") {
    return (
      <FormMessage tone="success">
        {outcome.message}{" "}
        <Link href={`/admin/katalog/${outcome.versionId}`} className="font-medium underline">Lihat katalog</Link>
      </FormMessage>
    );
  }
  return (
    <>
      <FormMessage tone="error">
        <strong>Ditemukan {formatInteger(outcome.errors.length)} masalah</strong> pada {outcome.fileName}. Katalog tidak diimpor;
        perbaiki berkas lalu unggah kembali.
      </FormMessage>
      <CatalogueErrorTable errors={outcome.errors} />
    </>
  );
}

function sizeMessage(file: File) {
  const mb = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 }).format(file.size / (1024 * 1024));
  return `Berkas ${file.name} berukuran ${mb} MB; batas unggah katalog 2 MB.`;
}

/**
 * Valid JSON is sent without its indentation, which keeps most files well under the server
 * action body limit; text that is not JSON goes as it is so the server can say where it breaks.
 */
function compact(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}
