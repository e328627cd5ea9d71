import Link from "next/link";
import { sortDirection, type TSortKey, type TUnitQuery } from "@/lib/dashboard/schemas";
import { DEFAULT_DIRECTION } from "@/lib/dashboard/schemas";
import { unitQueryHref } from "@/lib/dashboard/unit-query-href";

type TProps = { column: TSortKey; label: string; query: TUnitQuery; className?: string };

/** A column header that sorts by its column; a second click reverses the order. */
export function SortHeader({ column, label, query, className = "" }: TProps) {
  const active = query.urut === column;
  const direction = sortDirection(query);
  const next = active ? (direction === "naik" ? "turun" : "naik") : DEFAULT_DIRECTION[column];
  const href = unitQueryHref("/dasbor/unit", { ...query, urut: column, arah: next, hal: 1 });
  const ariaSort = active ? (direction === "naik" ? "ascending" : "descending") : "none";
  return (
    <th scope="col" aria-sort={ariaSort} className={`px-3 py-2 ${className}`}>
      <Link href={href} className="inline-flex items-center gap-1 text-slate-900 underline-offset-2 hover:underline">
        {label}
        <span aria-hidden="true" className="text-xs text-slate-500">{active ? (direction === "naik" ? "▲" : "▼") : "↕"}</span>
        <span className="sr-only">, urutkan {next === "naik" ? "naik" : "turun"}</span>
      </Link>
    </th>
  );
}
