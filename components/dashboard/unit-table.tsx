import Link from "next/link";
import type { TDashboardUnit } from "@/lib/dashboard/list-dashboard-units";
import type { TUnitQuery } from "@/lib/dashboard/schemas";
import { formatDate, formatInteger, formatPercent, formatScore } from "@/lib/format";
import { StatusBadge } from "@/components/ui/status-badge";
import { SortHeader } from "@/components/dashboard/sort-header";
import { PredicateBadge } from "@/components/dashboard/predicate-badge";
import { SORT_LABEL } from "@/lib/dashboard/labels";

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

function Meter({ value, label }: { value: number; label: string }) {
  return (
    <span className="block min-w-20">
      <span className="tabular-nums">{formatPercent(value)}</span>
      <span aria-hidden="true" className="mt-0.5 block h-1.5 rounded bg-slate-100" title={label}>
        <span className="block h-1.5 rounded bg-brand-600" style={{ width: `${Math.min(100, value * 100)}%` }} />
      </span>
    </span>
  );
}

/** Every unit with its progress, evidence, both totals, predicate status and ranks; each row opens the LKE. */
export function UnitTable({ rows, query }: { rows: TDashboardUnit[]; query: TUnitQuery }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="Tabel unit">
      <table className="w-full min-w-[64rem] text-sm" data-testid="unit-table">
        <caption className="sr-only">Unit dalam cakupan Anda</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <SortHeader column="peringkat" label={SORT_LABEL.peringkat} query={query} />
            <SortHeader column="nama" label={SORT_LABEL.nama} query={query} />
            <SortHeader column="wilayah" label={SORT_LABEL.wilayah} query={query} />
            <SortHeader column="status" label={SORT_LABEL.status} query={query} />
            <SortHeader column="progres" label={SORT_LABEL.progres} query={query} />
            <SortHeader column="bukti" label={SORT_LABEL.bukti} query={query} />
            <SortHeader column="mandiri" label={SORT_LABEL.mandiri} query={query} className="text-right" />
            <SortHeader column="tpi" label={SORT_LABEL.tpi} query={query} className="text-right" />
            <th scope="col" className="px-3 py-2">Predikat</th>
            <SortHeader column="aktivitas" label={SORT_LABEL.aktivitas} query={query} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.assessmentId} className="border-t border-slate-200 align-top hover:bg-slate-50" data-testid="unit-row">
              <td className="px-3 py-2 tabular-nums">
                <span className="font-semibold" data-testid="rank-all">{formatInteger(row.rankAll)}</span>
                <span className="block text-xs text-slate-500">wilayah {formatInteger(row.rankRegion)}/{formatInteger(row.regionCount)}</span>
              </td>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link href={`/lke/${row.assessmentId}`} className="text-brand-700 underline-offset-2 hover:underline" data-testid="unit-link">{row.unitName}</Link>
                <span className="block text-xs font-normal text-slate-500">{row.unitCode}</span>
              </th>
              <td className="px-3 py-2" data-testid="unit-region">{row.regionName}</td>
              <td className="px-3 py-2"><StatusBadge status={row.status} /></td>
              <td className="px-3 py-2">
                <Meter value={share(row.answeredCount, row.itemCount)} label={`${row.answeredCount}/${row.itemCount} butir terjawab`} />
                <span className="block text-xs text-slate-500">{formatInteger(row.answeredCount)}/{formatInteger(row.itemCount)} butir</span>
              </td>
              <td className="px-3 py-2"><Meter value={share(row.evidencedCount, row.itemCount)} label={`${row.evidencedCount}/${row.itemCount} butir dengan bukti dukung`} /></td>
              <td className="px-3 py-2 text-right tabular-nums" data-testid="self-total">{formatScore(row.selfTotal)}</td>
              <td className="px-3 py-2 text-right tabular-nums" data-testid="evaluator-total">{row.evalTotal === null ? "—" : formatScore(row.evalTotal)}</td>
              <td className="space-y-1 px-3 py-2">
                <PredicateBadge side="Mandiri" wbk={row.selfWbk} wbbm={row.selfWbbm} unmet={row.wbkUnmet.self} />
                <PredicateBadge side="TPI" wbk={row.evalWbk} wbbm={row.evalWbbm} unmet={row.wbkUnmet.evaluator} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDate(row.lastActivityAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
