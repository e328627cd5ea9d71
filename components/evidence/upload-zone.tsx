"use client";

import { useId, useRef, useState } from "react";
import { EVIDENCE_ACCEPT } from "@/lib/evidence/file-types";
import { formatLimit } from "@/lib/evidence/format-size";
import { ExpectedDocumentSelect, expectedEntryOf } from "@/components/evidence/expected-document-select";

type TProps = {
  itemCode: string;
  maxFileBytes: number;
  /** The item's expected documents: the uploader may say which one the files are. */
  expected?: string[];
  onFiles: (files: File[], expectedEntry?: number) => void;
};

/** Drop files here or pick them (several at once); the button is the keyboard way in. */
export function UploadZone({ itemCode, maxFileBytes, expected = [], onFiles }: TProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [document, setDocument] = useState("");

  const take = (list: FileList | null) => {
    const files = list ? Array.from(list) : [];
    if (!files.length) return;
    onFiles(files, expectedEntryOf(document));
    setDocument("");
  };

  return (
    <div
      data-testid={`dropzone-${itemCode}`}
      onDragEnter={(event) => { event.preventDefault(); setOver(true); }}
      onDragOver={(event) => { event.preventDefault(); event.dataTransfer.dropEffect = "copy"; }}
      onDragLeave={(event) => { if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false); }}
      onDrop={(event) => { event.preventDefault(); setOver(false); take(event.dataTransfer.files); }}
      className={`flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border-2 border-dashed p-3 text-sm ${over ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}
    >
      <ExpectedDocumentSelect expected={expected} value={document} onChange={setDocument} />
      <button type="button" onClick={() => input.current?.click()} aria-describedby={`${id}-hint`}
        className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
        Pilih berkas
      </button>
      <span className="text-slate-700">atau seret berkas ke sini</span>
      <span id={`${id}-hint`} className="w-full text-xs text-slate-600">
        PDF, gambar (JPEG, PNG, WebP), atau dokumen Office (DOCX, XLSX, PPTX); paling besar {formatLimit(maxFileBytes)} per berkas.
      </span>
      <input ref={input} type="file" multiple accept={EVIDENCE_ACCEPT} className="hidden" tabIndex={-1}
        aria-label={`Berkas bukti dukung butir ${itemCode}`} data-testid={`file-input-${itemCode}`}
        onChange={(event) => { take(event.currentTarget.files); event.currentTarget.value = ""; }} />
    </div>
  );
}
