// The file types accepted as bukti dukung, decided by content (magic bytes), never by name.
// Pure data: shared by the server (sniffing, download headers) and the browser (labels).

export const EVIDENCE_FILE_TYPES = {
  pdf: { mime: "application/pdf", label: "PDF", inline: true },
  jpg: { mime: "image/jpeg", label: "Gambar JPEG", inline: true },
  png: { mime: "image/png", label: "Gambar PNG", inline: true },
  webp: { mime: "image/webp", label: "Gambar WebP", inline: true },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Dokumen Word", inline: false },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Lembar kerja Excel", inline: false },
  pptx: { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", label: "Presentasi PowerPoint", inline: false },
} as const;

export type TEvidenceFileExt = keyof typeof EVIDENCE_FILE_TYPES;
export type TEvidenceFileType = { ext: TEvidenceFileExt; mime: string };

const BY_MIME = new Map<string, TEvidenceFileExt>(
  (Object.entries(EVIDENCE_FILE_TYPES) as [TEvidenceFileExt, { mime: string }][]).map(([ext, t]) => [t.mime, ext]),
);

/** The accepted type for a stored MIME type; null for anything else (served as a download). */
export function evidenceTypeOfMime(mime: string): TEvidenceFileExt | null {
  return BY_MIME.get(mime) ?? null;
}

export function fileTypeLabel(mime: string): string {
  const ext = evidenceTypeOfMime(mime);
  return ext ? EVIDENCE_FILE_TYPES[ext].label : "Berkas";
}

/** PDF and images open in the browser; office documents are always downloaded. */
export function opensInline(mime: string): boolean {
  const ext = evidenceTypeOfMime(mime);
  return ext ? EVIDENCE_FILE_TYPES[ext].inline : false;
}

/** For the file picker only (a hint to the browser); the server decides by content. */
export const EVIDENCE_ACCEPT = [".pdf", ".jpg", ".jpeg", ".png", ".webp", ".docx", ".xlsx", ".pptx", ...BY_MIME.keys()].join(",");
