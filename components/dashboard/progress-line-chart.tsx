import { formatDate, formatInteger, formatPercent, formatWholePercent } from "@/lib/format";
import type { TProgressPoint } from "@/lib/dashboard/get-progress-over-time";

const WIDTH = 400;
const HEIGHT = 210;
const PAD = { top: 12, right: 10, bottom: 30, left: 40 };
const shortDate = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", timeZone: "Asia/Jakarta" });

/** Day "2026-11-22" at noon in Jakarta, so formatting never slips a day. */
const dayDate = (day: string) => new Date(`${day}T12:00:00+07:00`);

/** Share of all items answered at the end of each day, as a line; hover a day for its numbers. */
export function ProgressLineChart({ label, points, color }: { label: string; points: TProgressPoint[]; color: string }) {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const step = points.length > 1 ? plotW / (points.length - 1) : 0;
  const x = (i: number) => PAD.left + (points.length > 1 ? i * step : plotW / 2);
  const y = (share: number) => PAD.top + plotH - Math.max(0, Math.min(1, share)) * plotH;
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.share).toFixed(1)}`).join(" ");
  const area = points.length ? `${x(0)},${y(0)} ${line} ${x(points.length - 1)},${y(0)}` : "";
  const tickIndexes = [...new Set([0, Math.floor((points.length - 1) / 2), points.length - 1])].filter((i) => i >= 0);
  const hit = Math.max(step, 2);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="h-auto w-full">
      {[0, 0.25, 0.5, 0.75, 1].map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} stroke="#e2e8f0" />
          <text x={PAD.left - 4} y={y(t) + 4} textAnchor="end" fontSize="12" fill="#475569">{formatWholePercent(t)}</text>
        </g>
      ))}
      {points.length ? <polygon points={area} fill={color} fillOpacity="0.12" /> : null}
      {points.length ? <polyline points={line} fill="none" stroke={color} strokeWidth="2" strokeLinejoin="round" /> : null}
      {points.map((p, i) => (
        <rect key={p.day} x={x(i) - hit / 2} y={PAD.top} width={hit} height={plotH} fill="transparent">
          <title>{`${formatDate(dayDate(p.day))}: ${formatInteger(p.answered)} butir terjawab (${formatPercent(p.share)}); ${formatInteger(p.saves)} kali simpan`}</title>
        </rect>
      ))}
      {points.length ? <circle cx={x(points.length - 1)} cy={y(points.at(-1)!.share)} r="3.5" fill={color} /> : null}
      {tickIndexes.map((i) => (
        <text key={i} x={x(i)} y={HEIGHT - 10} textAnchor={i === 0 && points.length > 1 ? "start" : i === points.length - 1 && points.length > 1 ? "end" : "middle"} fontSize="12" fill="#334155">
          {shortDate.format(dayDate(points[i]!.day))}
        </text>
      ))}
      <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#64748b" />
    </svg>
  );
}
