import type { ReactNode } from "react";

export type TLegendEntry = { label: string; color: string; dashed?: boolean };

type TProps = {
  id: string;
  title: string;
  /** One or two sentences a screen reader announces for the picture. */
  summary: string;
  legend?: TLegendEntry[];
  /** The same numbers as a table: for screen readers, phones and anyone who prefers to read. */
  table: ReactNode;
  children: ReactNode;
};

/** A chart card: heading, legend, the SVG, and the numbers behind it one click away. */
export function ChartFrame({ id, title, summary, legend, table, children }: TProps) {
  return (
    <figure aria-labelledby={`${id}-judul`} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="space-y-1">
        <h3 id={`${id}-judul`} className="font-semibold">{title}</h3>
        <p className="text-sm text-slate-600">{summary}</p>
      </figcaption>
      {legend?.length ? (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Keterangan">
          {legend.map((entry) => (
            <li key={entry.label} className="flex items-center gap-1.5">
              <svg width="14" height="14" aria-hidden="true">
                {entry.dashed ? <line x1="0" y1="7" x2="14" y2="7" stroke={entry.color} strokeWidth="2" strokeDasharray="3 2" /> : <rect width="14" height="14" rx="2" fill={entry.color} />}
              </svg>
              {entry.label}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-3">{children}</div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700">Lihat angka dalam tabel</summary>
        <div className="relative mt-2 max-h-80 overflow-auto">{table}</div>
      </details>
    </figure>
  );
}

/** A plain data table for ChartFrame. */
export function DataTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: (string | number)[][] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-slate-100">
        <tr>{headers.map((h) => <th key={h} scope="col" className="px-2 py-1">{h}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} className="border-t border-slate-200">
            {row.map((cell, j) => (j === 0 ? <th key={j} scope="row" className="px-2 py-1 font-normal">{cell}</th> : <td key={j} className="px-2 py-1 tabular-nums">{cell}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
