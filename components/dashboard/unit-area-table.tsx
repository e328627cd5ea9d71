import Link from "next/link";
import type { TDashboardNode } from "@/lib/dashboard/dashboard-nodes";
import type { TDashboardUnit } from "@/lib/dashboard/list-dashboard-units";
import type { THeatBin } from "@/lib/dashboard/heat-scale";
import { formatInteger, formatScore } from "@/lib/format";
import { HeatMap } from "@/components/dashboard/heat-map";

/**
 * Units x areas: the reference score's share of each area's weight (TPI where scored, else the
 * unit's own), with both sides' scores on hover.
 */
export function UnitAreaTable({ rows, areas, bins }: { rows: TDashboardUnit[]; areas: TDashboardNode[]; bins: THeatBin[] }) {
  return (
    <HeatMap caption="Capaian area per unit" rowHeading="Unit (peringkat)" leadHeading="Nilai acuan" areas={areas} bins={bins}
      rows={rows.map((row) => {
        const shares: Record<string, number> = {};
        for (const area of areas) {
          const entry = row.areas[area.code];
          shares[area.code] = (row.evalTotal !== null ? entry?.evaluator?.share : entry?.self?.share) ?? 0;
        }
        const weight = new Map(areas.map((a) => [a.code, a.weight]));
        return {
          key: row.assessmentId,
          header: (
            <>
              <Link href={`/lke/${row.assessmentId}`} className="text-brand-700 underline-offset-2 hover:underline">{row.unitName}</Link>
              <span className="block text-xs font-normal text-slate-500">#{formatInteger(row.rankAll)} · {row.regionName}</span>
            </>
          ),
          lead: formatScore(row.refTotal),
          shares,
          detail: (code: string) => {
            const entry = row.areas[code];
            const of = formatScore(weight.get(code) ?? 0);
            const evaluator = entry?.evaluator ? `TPI ${formatScore(entry.evaluator.score)}/${of}` : "TPI belum menilai";
            return `mandiri ${formatScore(entry?.self?.score ?? 0)}/${of}; ${evaluator}`;
          },
        };
      })} />
  );
}
