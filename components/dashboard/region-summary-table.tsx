import Link from "next/link";
import type { TRegionSummary } from "@/lib/dashboard/get-region-summary";
import { formatInteger, formatPercent, formatScore } from "@/lib/format";

/** One row per region: progress, evidence, average reference score, WBK counts and late units. */
export function RegionSummaryTable({ regions, hrefFor }: { regions: TRegionSummary[]; hrefFor: (regionId: string) => string }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[40rem] text-sm">
        <caption className="sr-only">Ringkasan per wilayah</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Wilayah</th>
            <th scope="col" className="px-3 py-2 text-right">Unit</th>
            <th scope="col" className="px-3 py-2 text-right">Rata-rata progres</th>
            <th scope="col" className="px-3 py-2 text-right">Rata-rata bukti dukung</th>
            <th scope="col" className="px-3 py-2 text-right">Rata-rata nilai acuan</th>
            <th scope="col" className="px-3 py-2 text-right">Syarat WBK (mandiri / TPI)</th>
            <th scope="col" className="px-3 py-2 text-right">Tenggat berisiko</th>
          </tr>
        </thead>
        <tbody>
          {regions.map((r) => (
            <tr key={r.regionId} className="border-t border-slate-200" data-testid={`region-${r.regionId}`}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link href={hrefFor(r.regionId)} className="text-brand-700 underline-offset-2 hover:underline">{r.regionName}</Link>
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{formatInteger(r.unitCount)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatPercent(r.avgAnsweredShare)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatPercent(r.avgEvidencedShare)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatScore(r.avgRefTotal)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatInteger(r.selfWbk)} / {formatInteger(r.evalWbk)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{r.atRisk ? <span className="font-semibold text-amber-800">{formatInteger(r.atRisk)}</span> : "0"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
