"use client";

import { formatFileSize } from "@/lib/evidence/format-size";
import type { TUploadRow } from "@/components/evidence/use-uploads";

const STATE_TEXT: Record<TUploadRow["state"], string> = {
  waiting: "Menunggu",
  uploading: "Mengunggah",
  error: "Ditolak",
};

/** One line per file being sent, with its progress; a stored file leaves the list (it is an entry now), a refusal stays until dismissed. */
export function UploadProgressList({ rows, onDismiss }: { rows: TUploadRow[]; onDismiss: (key: number) => void }) {
  if (rows.length === 0) return null;
  return (
    <ul className="space-y-2" aria-label="Unggahan">
      {rows.map((row) => {
        const percent = row.size > 0 ? Math.min(100, Math.round((row.loaded / row.size) * 100)) : 100;
        return (
          <li key={row.key} className="rounded-md border border-slate-200 bg-white p-2 text-sm" data-testid="upload-row" data-state={row.state}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="min-w-0 break-all font-medium">{row.name}</span>
              <span className="text-xs text-slate-600">
                {STATE_TEXT[row.state]}{row.state === "uploading" ? ` ${percent}%` : ""} · {formatFileSize(row.size)}
              </span>
            </div>
            {row.state === "uploading" || row.state === "waiting" ? (
              <progress className="mt-1 h-2 w-full accent-brand-700" max={100} value={percent} aria-label={`Mengunggah ${row.name}`} />
            ) : null}
            {row.state === "error" ? (
              <div role="alert" className="mt-1 flex flex-wrap items-start justify-between gap-2 text-red-800">
                <span data-testid="upload-error">{row.message}</span>
                <button type="button" onClick={() => onDismiss(row.key)} className="text-xs underline">Tutup</button>
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
