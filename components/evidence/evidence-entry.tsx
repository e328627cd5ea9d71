"use client";

import { useRef, useState } from "react";
import { formatDate } from "@/lib/format";
import { deleteEvidenceAction } from "@/lib/evidence/actions";
import { EVIDENCE_ACCEPT, fileTypeLabel } from "@/lib/evidence/file-types";
import { formatFileSize } from "@/lib/evidence/format-size";
import type { TEvidenceDto } from "@/lib/evidence/types";
import { RenameField } from "@/components/evidence/rename-field";
import { VersionHistory } from "@/components/evidence/version-history";

type TProps = {
  entry: TEvidenceDto;
  /** The expected document the uploader said this is. */
  documentLabel?: string;
  canEdit: boolean;
  onChanged: (entry: TEvidenceDto) => void;
  onDeleted: (id: string) => void;
  onReplace: (entry: TEvidenceDto, file: File) => void;
};

const action = "rounded px-2 py-1 text-brand-700 underline-offset-2 hover:bg-brand-50 hover:underline";

/** One piece of evidence: what it is, who added it when, and what may be done with it. */
export function EvidenceEntry({ entry, documentLabel, canEdit, onChanged, onDeleted, onReplace }: TProps) {
  const [mode, setMode] = useState<"view" | "rename" | "confirm-delete">("view");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const replaceInput = useRef<HTMLInputElement>(null);
  const href = entry.kind === "LINK" ? (entry.url ?? "#") : `/api/bukti/${entry.id}`;
  const who = entry.file?.createdByName ?? entry.createdByName;
  const when = entry.file?.createdAt ?? entry.createdAt;

  const remove = async () => {
    setBusy(true);
    setError(undefined);
    const result = await deleteEvidenceAction({ evidenceId: entry.id });
    setBusy(false);
    if (result.ok) onDeleted(entry.id);
    else setError(result.message);
  };

  return (
    <li className="rounded-md border border-slate-200 bg-white p-2 text-sm" data-testid="evidence-entry" data-kind={entry.kind}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="break-all font-medium" data-testid="evidence-title">{entry.title}</p>
          {entry.planStep ? <p className="text-xs text-emerald-800" data-testid="evidence-plan-step">Dari rencana aksi: {entry.planStep.description}</p> : null}
          {documentLabel ? <p className="text-xs text-emerald-800" data-testid="evidence-document">Dokumen: {documentLabel}</p> : null}
          <p className="text-xs text-slate-600" data-testid="evidence-meta">
            {entry.kind === "LINK"
              ? <>Tautan · <span className="break-all">{entry.url}</span></>
              : <>{fileTypeLabel(entry.file?.mimeType ?? "")} · {formatFileSize(entry.file?.size ?? 0)}</>}
            {" · "}{who} · {formatDate(when)}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-1">
          <a href={href} target="_blank" rel={entry.kind === "LINK" ? "noopener noreferrer nofollow" : "noopener"} className={action}>
            Buka<span className="sr-only"> {entry.title}</span>
          </a>
          {entry.kind === "FILE" ? (
            <a href={`/api/bukti/${entry.id}?unduh=1`} download className={action}>Unduh<span className="sr-only"> {entry.title}</span></a>
          ) : null}
          {canEdit ? (
            <>
              <button type="button" className={action} onClick={() => setMode("rename")}>Ganti nama<span className="sr-only"> {entry.title}</span></button>
              {entry.kind === "FILE" ? (
                <>
                  <button type="button" className={action} onClick={() => replaceInput.current?.click()}>Ganti berkas<span className="sr-only"> {entry.title}</span></button>
                  <input ref={replaceInput} type="file" accept={EVIDENCE_ACCEPT} className="hidden" tabIndex={-1} aria-label={`Berkas pengganti ${entry.title}`}
                    onChange={(event) => { const file = event.currentTarget.files?.[0]; event.currentTarget.value = ""; if (file) onReplace(entry, file); }} />
                </>
              ) : null}
              <button type="button" className={`${action} text-red-700`} onClick={() => setMode("confirm-delete")}>Hapus<span className="sr-only"> {entry.title}</span></button>
            </>
          ) : null}
        </div>
      </div>
      {mode === "rename" ? <RenameField entry={entry} onRenamed={onChanged} onClose={() => setMode("view")} /> : null}
      {mode === "confirm-delete" ? (
        <div role="group" aria-label={`Konfirmasi hapus ${entry.title}`} className="mt-2 flex flex-wrap items-center gap-2 rounded-md border border-red-200 bg-red-50 p-2">
          <span className="text-red-900">Hapus bukti dukung &ldquo;{entry.title}&rdquo;? Penghapusan tercatat dalam jejak audit.</span>
          <button type="button" disabled={busy} onClick={() => void remove()} className="rounded-md bg-red-700 px-3 py-1 font-medium text-white hover:bg-red-800 disabled:opacity-60">Ya, hapus</button>
          <button type="button" autoFocus onClick={() => setMode("view")} className="rounded-md border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100">Batal</button>
        </div>
      ) : null}
      {error ? <p role="alert" className="mt-1 text-red-700">{error}</p> : null}
      {entry.kind === "FILE" ? <VersionHistory entry={entry} /> : null}
    </li>
  );
}
