export type TAreaBar = { code: string; label: string; values: Record<string, number | null> };
export type TBarSeries = { key: string; label: string; color: string };
export type TThresholdLine = { label: string; share: number; color: string };

type TProps = { label: string; bars: TAreaBar[]; series: TBarSeries[]; thresholds: TThresholdLine[]; format: (share: number) => string };

const pct = (share: number) => `${Math.max(0, Math.min(1, share)) * 100}%`;

/**
 * Horizontal bars, one row per area with a bar per series (share of the area's weight, 0-100%)
 * and the predicates' area minimums as dashed marks. Labels and values are HTML text that wraps,
 * so it stays readable on a phone; each bar is a small SVG whose hover text names the value.
 */
export function AreaBarChart({ label, bars, series, thresholds, format }: TProps) {
  return (
    <div role="group" aria-label={label}>
      <div aria-hidden="true" className="relative mr-16 h-4 text-[11px] text-slate-600">
        {thresholds.map((t, i) => (
          <span key={t.label} className={`absolute ${i === 0 ? "-translate-x-full pr-1" : "pl-1"}`} style={{ left: pct(t.share) }}>{t.label}</span>
        ))}
      </div>
      <ul className="space-y-2">
        {bars.map((bar) => (
          <li key={bar.code}>
            <p className="text-sm leading-tight"><span className="font-mono text-xs text-slate-500">{bar.code}</span> {bar.label}</p>
            {series.map((s) => {
              const value = bar.values[s.key];
              const missing = value === null || value === undefined;
              const text = `${bar.code} ${bar.label} · ${s.label}: ${missing ? "belum ada" : format(value)}`;
              return (
                <div key={s.key} className="mt-0.5 flex items-center gap-2">
                  <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="h-2.5 min-w-0 flex-1" aria-hidden="true">
                    <rect width="100" height="10" fill="#f1f5f9"><title>{text}</title></rect>
                    {missing ? null : <rect width={Math.max(0, Math.min(1, value)) * 100} height="10" fill={s.color}><title>{text}</title></rect>}
                    {thresholds.map((t) => (
                      <line key={t.label} x1={t.share * 100} x2={t.share * 100} y1="0" y2="10" stroke={t.color} strokeWidth="1.5" strokeDasharray="2 1.5" vectorEffect="non-scaling-stroke" />
                    ))}
                  </svg>
                  <span className="w-14 shrink-0 text-right text-xs tabular-nums">
                    <span className="sr-only">{s.label}: </span>{missing ? "—" : format(value)}
                  </span>
                </div>
              );
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
