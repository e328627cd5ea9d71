"use client";

import { useId } from "react";

type TProps = { expected: string[]; value: string; onChange: (value: string) => void };

/** "Dokumen ini adalah ..." (optional): naming the expected document a file or link is ticks it. */
export function ExpectedDocumentSelect({ expected, value, onChange }: TProps) {
  const id = useId();
  if (expected.length === 0) return null;
  return (
    <div className="w-full text-sm">
      <label htmlFor={id} className="text-slate-700">Tandai sebagai dokumen (opsional)</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)} data-testid="expected-document-select"
        className="mt-1 block w-full max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5">
        <option value="">Tidak ditentukan</option>
        {expected.map((label, entry) => <option key={entry} value={String(entry)}>{label}</option>)}
      </select>
    </div>
  );
}

/** The select's value as an index, or undefined for "Tidak ditentukan". */
export const expectedEntryOf = (value: string) => (value === "" ? undefined : Number(value));
