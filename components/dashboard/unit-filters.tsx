import Link from "next/link";
import type { TRegionOption } from "@/lib/dashboard/get-region-options";
import { PREDICATE_FILTER_LABEL } from "@/lib/dashboard/labels";
import { PREDICATE_FILTERS, STATUS_VALUES, type TUnitQuery } from "@/lib/dashboard/schemas";
import { unitQueryHref } from "@/lib/dashboard/unit-query-href";
import { STATUS_LABEL } from "@/lib/assessments/status-labels";

const FIELD = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5";

/** The table's filters as a plain GET form: shareable URLs, works without JavaScript. */
export function UnitFilters({ query, periodId, regions }: { query: TUnitQuery; periodId: string; regions: TRegionOption[] }) {
  return (
    <form method="get" action="/dasbor/unit" role="search" aria-label="Saring unit" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]">
      <input type="hidden" name="periode" value={periodId} />
      {query.urut !== "peringkat" ? <input type="hidden" name="urut" value={query.urut} /> : null}
      {query.arah ? <input type="hidden" name="arah" value={query.arah} /> : null}
      {query.tampilan !== "ringkas" ? <input type="hidden" name="tampilan" value={query.tampilan} /> : null}
      <label>
        <span className="block text-slate-600">Cari unit</span>
        <input type="search" name="q" defaultValue={query.q ?? ""} placeholder="Nama atau kode unit" className={FIELD} />
      </label>
      <label>
        <span className="block text-slate-600">Wilayah</span>
        <select name="wilayah" defaultValue={query.wilayah ?? ""} className={FIELD}>
          <option value="">Semua wilayah</option>
          {regions.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
        </select>
      </label>
      <label>
        <span className="block text-slate-600">Status</span>
        <select name="status" defaultValue={query.status ?? ""} className={FIELD}>
          <option value="">Semua status</option>
          {STATUS_VALUES.map((s) => <option key={s} value={s}>{STATUS_LABEL[s]}</option>)}
        </select>
      </label>
      <label>
        <span className="block text-slate-600">Predikat</span>
        <select name="predikat" defaultValue={query.predikat ?? ""} className={FIELD}>
          <option value="">Semua</option>
          {PREDICATE_FILTERS.map((p) => <option key={p} value={p}>{PREDICATE_FILTER_LABEL[p]}</option>)}
        </select>
      </label>
      <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-1">
        <label className="flex items-center gap-2 py-1.5">
          <input type="checkbox" name="risiko" value="1" defaultChecked={query.risiko === "1"} className="h-4 w-4" />
          Tenggat berisiko
        </label>
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">Terapkan</button>
        <Link href={unitQueryHref("/dasbor/unit", { periode: periodId, tampilan: query.tampilan })} className="py-1.5 text-brand-700 underline">Atur ulang</Link>
      </div>
    </form>
  );
}
