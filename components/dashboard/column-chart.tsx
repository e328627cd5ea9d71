export type TColumnSeries = { key: string; label: string; color: string };
/** `label` under the columns; `hover` (default `label`) names the group in the hover text. */
export type TColumnGroup = { label: string; hover?: string; values: Record<string, number | null> };

type TProps = {
  /** Accessible name of the picture; the numbers are in the frame's table. */
  label: string;
  series: TColumnSeries[];
  groups: TColumnGroup[];
  format: (value: number) => string;
  /** Axis labels; by default `format`. */
  tickFormat?: (value: number) => string;
  /** The top of the scale; by default a round number above the largest value. */
  max?: number;
  /** Print each value above its column (few columns only). */
  valueLabels?: boolean;
  /** Whole numbers (counts): no fractional ticks. */
  integer?: boolean;
  /** Under the category labels, e.g. "Nilai total". */
  axisLabel?: string;
};

const WIDTH = 400;
const HEIGHT = 230;
const PAD = { top: 18, right: 6, bottom: 40, left: 34 };

/**
 * A scale with at most five round steps (1, 2 or 5 times a power of ten) reaching the value:
 * 2 -> 0,1,2; 46 -> 0,10,...,50; counts never get fractional ticks.
 */
export function niceTicks(value: number, integer = false): number[] {
  const target = Math.max(value, integer ? 1 : Number.EPSILON);
  const raw = target / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  let step = ([1, 2, 5, 10].find((s) => s * magnitude >= raw) ?? 10) * magnitude;
  if (integer) step = Math.max(1, Math.round(step));
  const count = Math.ceil(target / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}

/** Grouped columns as SVG: one group per category, one column per series; hover shows each value. */
export function ColumnChart({ label, series, groups, format, tickFormat = format, max, valueLabels = false, integer = false, axisLabel }: TProps) {
  const values = groups.flatMap((g) => series.map((s) => g.values[s.key] ?? 0));
  const ticks = max === undefined ? niceTicks(Math.max(0, ...values), integer) : [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const top = ticks.at(-1)!;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const band = plotW / Math.max(1, groups.length);
  const column = (band * 0.78) / Math.max(1, series.length);
  const y = (v: number) => PAD.top + plotH - (Math.min(v, top) / top) * plotH;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="h-auto w-full" preserveAspectRatio="xMidYMid meet">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} stroke="#e2e8f0" />
          <text x={PAD.left - 4} y={y(t) + 4} textAnchor="end" fontSize="12" fill="#475569">{tickFormat(t)}</text>
        </g>
      ))}
      {groups.map((group, gi) => {
        const x0 = PAD.left + gi * band + band * 0.11;
        return (
          <g key={group.label}>
            {series.map((s, si) => {
              const value = group.values[s.key];
              const x = x0 + si * column;
              const text = `${group.hover ?? group.label} · ${s.label}: ${value === null || value === undefined ? "tidak ada" : format(value)}`;
              if (value === null || value === undefined) return null;
              return (
                <g key={s.key}>
                  <rect x={x} y={y(value)} width={Math.max(1, column - 1)} height={Math.max(0, PAD.top + plotH - y(value))} fill={s.color}>
                    <title>{text}</title>
                  </rect>
                  {/* A transparent hit area so short columns still show their value on hover. */}
                  <rect x={x} y={PAD.top} width={Math.max(1, column - 1)} height={plotH} fill="transparent">
                    <title>{text}</title>
                  </rect>
                  {valueLabels && value > 0 ? (
                    <text x={x + column / 2} y={y(value) - 3} textAnchor="middle" fontSize="11" fill="#0f172a">{format(value)}</text>
                  ) : null}
                </g>
              );
            })}
            <text x={PAD.left + gi * band + band / 2} y={HEIGHT - PAD.bottom + 16} textAnchor="middle" fontSize="12" fill="#334155">{group.label}</text>
          </g>
        );
      })}
      <line x1={PAD.left} x2={WIDTH - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} stroke="#64748b" />
      {axisLabel ? <text x={PAD.left + plotW / 2} y={HEIGHT - 4} textAnchor="middle" fontSize="11" fill="#475569">{axisLabel}</text> : null}
    </svg>
  );
}
