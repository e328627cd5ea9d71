import type { TProgressOverTime } from "@/lib/dashboard/get-progress-over-time";
import { formatDate, formatInteger, formatPercent } from "@/lib/format";
import { SERIES } from "@/lib/dashboard/labels";
import { ChartFrame, DataTable } from "@/components/dashboard/chart-frame";
import { ProgressLineChart } from "@/components/dashboard/progress-line-chart";

const dayDate = (day: string) => new Date(`${day}T12:00:00+07:00`);

/** Share of all items answered across the scope, day by day within the period. */
export function ProgressChart({ progress }: { progress: TProgressOverTime }) {
  const { points, itemTotal, answeredNow } = progress;
  const first = points[0];
  const last = points.at(-1);
  const summary = first && last
    ? `Butir terjawab seluruh unit naik dari ${formatPercent(first.share)} (${formatDate(dayDate(first.day))}) menjadi ${formatPercent(last.share)} (${formatDate(dayDate(last.day))}); ${formatInteger(answeredNow)} dari ${formatInteger(itemTotal)} butir.`
    : "Periode ini belum dimulai.";
  // The table lists the days something happened, plus the first and the last day.
  const rows = points.filter((p, i) => p.saves > 0 || i === 0 || i === points.length - 1);
  return (
    <ChartFrame id="progres-waktu" title="Progres pengisian dari waktu ke waktu" summary={summary}
      legend={[{ label: "Butir terjawab (penilaian mandiri)", color: SERIES.self.color }]}
      table={<DataTable caption="Butir terjawab per hari" headers={["Tanggal", "Butir terjawab", "Persentase", "Kali simpan"]}
        rows={rows.map((p) => [formatDate(dayDate(p.day)), formatInteger(p.answered), formatPercent(p.share), formatInteger(p.saves)])} />}>
      {points.length ? <ProgressLineChart label={summary} points={points} color={SERIES.self.color} /> : <p className="text-sm text-slate-600">Belum ada data.</p>}
    </ChartFrame>
  );
}
