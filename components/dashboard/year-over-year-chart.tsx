import type { TYearAverage } from "@/lib/dashboard/get-year-over-year";
import { SERIES } from "@/lib/dashboard/labels";
import { formatInteger, formatScore } from "@/lib/format";
import { ChartFrame, DataTable } from "@/components/dashboard/chart-frame";
import { ColumnChart } from "@/components/dashboard/column-chart";

/** Average totals per period year; shown once an earlier period exists. */
export function YearOverYearChart({ years }: { years: TYearAverage[] }) {
  const first = years[0];
  const last = years.at(-1);
  const summary = first && last && years.length > 1
    ? `Rata-rata nilai mandiri ${formatScore(first.avgSelf)} pada ${first.year} dan ${formatScore(last.avgSelf)} pada ${last.year}.`
    : "Perbandingan antartahun tampil setelah ada periode tahun sebelumnya.";
  return (
    <ChartFrame id="antartahun" title="Perbandingan antartahun" summary={summary}
      legend={[{ label: SERIES.self.label, color: SERIES.self.color }, { label: SERIES.evaluator.label, color: SERIES.evaluator.color }]}
      table={<DataTable caption="Rata-rata nilai total per tahun" headers={["Tahun", "Unit", "Rata-rata nilai mandiri", "Rata-rata nilai TPI"]}
        rows={years.map((y) => [String(y.year), formatInteger(y.unitCount), formatScore(y.avgSelf), y.avgEval === null ? "—" : `${formatScore(y.avgEval)} (${formatInteger(y.evaluatedCount)} unit)`])} />}>
      {years.length > 1 ? (
        <ColumnChart label={summary} format={formatScore} tickFormat={(v) => formatInteger(v)} max={100} valueLabels
          series={[{ key: "self", ...SERIES.self }, { key: "evaluator", ...SERIES.evaluator }]}
          groups={years.map((y) => ({ label: String(y.year), values: { self: y.avgSelf, evaluator: y.avgEval } }))} />
      ) : <p className="text-sm text-slate-600">Belum ada periode tahun sebelumnya untuk unit dalam cakupan Anda.</p>}
    </ChartFrame>
  );
}
