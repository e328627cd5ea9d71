import Link from "next/link";
import type { TAgencySummary } from "@/lib/dashboard/get-agency-summary";
import type { TPredicateFilter } from "@/lib/dashboard/schemas";
import { formatInteger } from "@/lib/format";

type TProps = { summary: TAgencySummary; hrefFor: (filter: TPredicateFilter) => string };

/** Units meeting the score requirements of WBK and WBBM, on their own score and on the TPI's. */
export function PredicateCounts({ summary, hrefFor }: TProps) {
  const rows = [
    { code: "WBK", self: summary.selfWbk, evaluator: summary.evalWbk, selfFilter: "wbk-mandiri", evalFilter: "wbk-tpi" },
    { code: "WBBM", self: summary.selfWbbm, evaluator: summary.evalWbbm, selfFilter: "wbbm-mandiri", evalFilter: "wbbm-tpi" },
  ] as const;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">Unit yang memenuhi syarat nilai predikat</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Predikat</th>
            <th scope="col" className="px-3 py-2 text-right">Menurut nilai mandiri <span className="font-normal text-slate-600">(dari {formatInteger(summary.unitCount)})</span></th>
            <th scope="col" className="px-3 py-2 text-right">Menurut nilai TPI <span className="font-normal text-slate-600">(dari {formatInteger(summary.evaluatedCount)} dinilai)</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 text-left font-semibold">{row.code}</th>
              <td className="px-3 py-2 text-right tabular-nums">
                <Link href={hrefFor(row.selfFilter)} className="text-brand-700 underline-offset-2 hover:underline" data-testid={`predicate-${row.code}-self`}>{formatInteger(row.self)} unit</Link>
              </td>
              <td className="px-3 py-2 text-right tabular-nums">
                <Link href={hrefFor(row.evalFilter)} className="text-brand-700 underline-offset-2 hover:underline" data-testid={`predicate-${row.code}-evaluator`}>{formatInteger(row.evaluator)} unit</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="border-t border-slate-200 px-3 py-2 text-xs text-slate-500">
        Syarat nilai: nilai total, setiap area Pemenuhan dan Reform, serta komponen Hasil. Prasyarat (SAKIP, TLHP, LHKPN/LHKASN) dikonfirmasi TPI terpisah.
      </p>
    </div>
  );
}
