import type { TAreaAverage } from "@/lib/dashboard/get-area-scores";
import { nodeLabel } from "@/lib/dashboard/dashboard-nodes";
import { SERIES } from "@/lib/dashboard/labels";
import { formatPercent, formatWholePercent } from "@/lib/format";
import { ChartFrame, DataTable } from "@/components/dashboard/chart-frame";
import { AreaBarChart } from "@/components/dashboard/area-bar-chart";

const THRESHOLD_COLOR = "#334155";

/** Average share of each area's weight achieved, self vs TPI, with the predicates' area minimums. */
export function AreaAveragesChart({ areas, thresholds }: { areas: TAreaAverage[]; thresholds: { code: string; share: number }[] }) {
  const weakest = [...areas].sort((a, b) => a.reference - b.reference)[0];
  const summary = `Rata-rata capaian setiap area terhadap bobotnya, nilai mandiri dan nilai TPI.` +
    (weakest ? ` Area terlemah: ${weakest.area.code} ${nodeLabel(weakest.area)} (${formatPercent(weakest.reference)}).` : "");
  return (
    <ChartFrame id="rata-rata-area" title="Rata-rata nilai per area" summary={summary}
      legend={[
        { label: SERIES.self.label, color: SERIES.self.color },
        { label: SERIES.evaluator.label, color: SERIES.evaluator.color },
        ...thresholds.map((t) => ({ label: `Syarat area ${t.code} (${formatWholePercent(t.share)})`, color: THRESHOLD_COLOR, dashed: true })),
      ]}
      table={<DataTable caption="Rata-rata capaian per area" headers={["Area", "Nilai mandiri", "Nilai TPI"]}
        rows={areas.map((a) => [`${a.area.code} ${nodeLabel(a.area)}`, formatPercent(a.self), a.evaluator === null ? "—" : formatPercent(a.evaluator)])} />}>
      <AreaBarChart label={summary} format={formatPercent}
        series={[{ key: "self", ...SERIES.self }, { key: "evaluator", ...SERIES.evaluator }]}
        thresholds={thresholds.map((t) => ({ label: t.code, share: t.share, color: THRESHOLD_COLOR }))}
        bars={areas.map((a) => ({ code: a.area.code, label: nodeLabel(a.area), values: { self: a.self, evaluator: a.evaluator } }))} />
    </ChartFrame>
  );
}
