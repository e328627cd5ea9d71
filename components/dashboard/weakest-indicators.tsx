import type { TWeakIndicator } from "@/lib/dashboard/get-weakest-indicators";
import { formatPercent, formatScore } from "@/lib/format";

/** The indicators with the lowest average share of their weight: where coaching pays most. */
export function WeakestIndicators({ indicators }: { indicators: TWeakIndicator[] }) {
  if (indicators.length === 0) return <p className="text-sm text-slate-600">Belum ada nilai.</p>;
  return (
    <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm" data-testid="weakest-indicators">
      {indicators.map(({ indicator, share, score }, i) => (
        <li key={indicator.code} className="flex items-start gap-3 px-3 py-2" data-testid={`weak-${indicator.code}`}>
          <span className="w-5 shrink-0 text-right font-semibold text-slate-500">{i + 1}.</span>
          <span className="min-w-0 flex-1">
            <span className="font-mono text-xs text-slate-500">{indicator.code}</span> <span className="font-medium">{indicator.title}</span>
            <span className="block text-xs text-slate-500">{indicator.partLabel} · {indicator.areaTitle}</span>
            <span aria-hidden="true" className="mt-1 block h-1.5 rounded bg-slate-100">
              <span className="block h-1.5 rounded" style={{ width: `${Math.min(100, share * 100)}%`, backgroundColor: "#e66101" }} />
            </span>
          </span>
          <span className="shrink-0 text-right tabular-nums">
            <span className="font-semibold">{formatPercent(share)}</span>
            <span className="block text-xs text-slate-500">rata-rata {formatScore(score)} / {formatScore(indicator.weight)}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
