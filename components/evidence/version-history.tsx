import { formatDate } from "@/lib/format";
import { fileTypeLabel } from "@/lib/evidence/file-types";
import { formatFileSize } from "@/lib/evidence/format-size";
import type { TEvidenceDto } from "@/lib/evidence/types";

/** Every file the entry has held (a replaced file stays here); newest first. */
export function VersionHistory({ entry }: { entry: TEvidenceDto }) {
  if (entry.versions.length < 2) return null;
  return (
    <details className="mt-1 text-xs" data-testid="version-history">
      <summary className="cursor-pointer text-brand-700">Riwayat versi ({entry.versions.length})</summary>
      <ol className="mt-1 space-y-1">
        {entry.versions.map((v) => (
          <li key={v.version} className="flex flex-wrap items-baseline gap-x-2 text-slate-700">
            <span className="font-medium">Versi {v.version}{entry.file?.version === v.version ? " (sekarang)" : ""}</span>
            <span className="break-all">{v.fileName}</span>
            <span className="text-slate-500">{fileTypeLabel(v.mimeType)} · {formatFileSize(v.size)} · {v.createdByName} · {formatDate(v.createdAt)}</span>
            <a href={`/api/bukti/${entry.id}?versi=${v.version}`} target="_blank" rel="noopener" className="text-brand-700 underline">
              Buka<span className="sr-only"> versi {v.version}</span>
            </a>
            <a href={`/api/bukti/${entry.id}?versi=${v.version}&unduh=1`} download className="text-brand-700 underline">
              Unduh<span className="sr-only"> versi {v.version}</span>
            </a>
          </li>
        ))}
      </ol>
    </details>
  );
}
