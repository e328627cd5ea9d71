import type { TUnitQuery } from "@/lib/dashboard/schemas";
import { filtersOf, unitQueryString } from "@/lib/dashboard/unit-query-href";

/** Download the whole filtered table (not just this page) as XLSX or CSV. */
export function ExportLinks({ query, periodId }: { query: TUnitQuery; periodId: string }) {
  const params = unitQueryString({ ...filtersOf(query), periode: periodId });
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100";
  return (
    <div className="flex flex-wrap gap-2 text-sm">
      <a href={`/api/dasbor/unit.xlsx${params}`} download className={link}>Unduh XLSX</a>
      <a href={`/api/dasbor/unit.csv${params}`} download className={link}>Unduh CSV</a>
    </div>
  );
}
