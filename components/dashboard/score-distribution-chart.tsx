import type { TScoreBucket } from "@/lib/dashboard/get-score-distribution";
import { SERIES } from "@/lib/dashboard/labels";
import { formatInteger } from "@/lib/format";
import { ChartFrame, DataTable } from "@/components/dashboard/chart-frame";
import { ColumnChart } from "@/components/dashboard/column-chart";

/** How many units score in each band of ten points, self-score beside the TPI's. */
export function ScoreDistributionChart({ buckets, unitCount, evaluatedCount }: { buckets: TScoreBucket[]; unitCount: number; evaluatedCount: number }) {
  const label = (b: TScoreBucket) => `${b.from}–${b.to}`;
  const busiest = [...buckets].sort((a, b) => b.self - a.self)[0];
  const summary = `Sebaran nilai total ${formatInteger(unitCount)} unit (nilai mandiri) dan ${formatInteger(evaluatedCount)} unit yang sudah dinilai TPI.` +
    (busiest && busiest.self > 0 ? ` Nilai mandiri terbanyak pada rentang ${label(busiest)} (${formatInteger(busiest.self)} unit).` : "");
  return (
    <ChartFrame id="sebaran-nilai" title="Sebaran nilai total" summary={summary}
      legend={[{ label: SERIES.self.label, color: SERIES.self.color }, { label: SERIES.evaluator.label, color: SERIES.evaluator.color }]}
      table={<DataTable caption="Jumlah unit per rentang nilai total" headers={["Rentang nilai", "Nilai mandiri (unit)", "Nilai TPI (unit)"]}
        rows={buckets.map((b) => [label(b), formatInteger(b.self), formatInteger(b.evaluator)])} />}>
      <ColumnChart label={summary} format={(v) => formatInteger(v)} valueLabels integer axisLabel="Nilai total (rentang 10 poin, batas bawah)"
        series={[{ key: "self", ...SERIES.self }, { key: "evaluator", ...SERIES.evaluator }]}
        groups={buckets.map((b) => ({ label: String(b.from), hover: label(b), values: { self: b.self, evaluator: b.evaluator } }))} />
    </ChartFrame>
  );
}
