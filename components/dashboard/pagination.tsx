import Link from "next/link";
import type { TUnitQuery } from "@/lib/dashboard/schemas";
import { unitQueryHref } from "@/lib/dashboard/unit-query-href";
import { formatInteger } from "@/lib/format";

/** Page links around the current page, first and last always reachable. */
export function Pagination({ query, page, pageCount }: { query: TUnitQuery; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (hal: number) => unitQueryHref("/dasbor/unit", { ...query, hal });
  const pages = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100";
  return (
    <nav aria-label="Halaman tabel" className="flex flex-wrap items-center gap-2 text-sm">
      {page > 1 ? <Link href={href(page - 1)} className={link} rel="prev">Sebelumnya</Link> : null}
      {pages.map((p, i) => (
        <span key={p} className="flex items-center gap-2">
          {i > 0 && p - pages[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
          {p === page
            ? <span aria-current="page" className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white">{formatInteger(p)}</span>
            : <Link href={href(p)} className={link} aria-label={`Halaman ${p}`}>{formatInteger(p)}</Link>}
        </span>
      ))}
      {page < pageCount ? <Link href={href(page + 1)} className={link} rel="next">Berikutnya</Link> : null}
    </nav>
  );
}
