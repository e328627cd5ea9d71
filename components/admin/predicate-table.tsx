import type { TPredicateRule } from "@/lib/scoring/types";
import { formatPercent, formatScore } from "@/lib/format";

/** The thresholds of each predicate (WBK, WBBM) side by side, as the version defines them. */
export function PredicateTable({ predicates }: { predicates: TPredicateRule[] }) {
  const minimums = [...new Map(predicates.flatMap((p) => p.nodeMinimums).map((m) => [m.code, m.label])).entries()];
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[32rem] text-sm">
        <caption className="sr-only">Ambang predikat per predikat</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Syarat</th>
            {predicates.map((p) => (
              <th key={p.code} scope="col" className="px-3 py-2"><abbr title={p.label} className="no-underline">{p.code}</abbr></th>
            ))}
          </tr>
        </thead>
        <tbody>
          <Row label="Nilai total minimal" values={predicates.map((p) => formatScore(p.totalMin))} />
          <Row label="Capaian minimal setiap area Pemenuhan dan Reform (dari bobot area)" values={predicates.map((p) => formatPercent(p.areaMinShareOfWeight))} />
          {minimums.map(([code, label]) => (
            <Row key={code} label={`Nilai minimal ${label}`}
              values={predicates.map((p) => { const m = p.nodeMinimums.find((n) => n.code === code); return m ? formatScore(m.min) : "—"; })} />
          ))}
          <tr className="border-t border-slate-200 align-top">
            <th scope="row" className="px-3 py-2 text-left font-medium">Prasyarat (dikonfirmasi TPI)</th>
            {predicates.map((p) => (
              <td key={p.code} className="px-3 py-2">
                <ul className="list-disc space-y-0.5 pl-4">{p.preconditions.map((c) => <li key={c}>{c}</li>)}</ul>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function Row({ label, values }: { label: string; values: string[] }) {
  return (
    <tr className="border-t border-slate-200 align-top">
      <th scope="row" className="px-3 py-2 text-left font-medium">{label}</th>
      {values.map((value, index) => <td key={index} className="px-3 py-2 tabular-nums">{value}</td>)}
    </tr>
  );
}
