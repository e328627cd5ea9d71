import Link from "next/link";
import type { ReactNode } from "react";
import type { TDashboardNode } from "@/lib/dashboard/dashboard-nodes";
import { nodeLabel } from "@/lib/dashboard/dashboard-nodes";
import { heatBin, type THeatBin } from "@/lib/dashboard/heat-scale";
import { formatPercent } from "@/lib/format";

export type THeatRow = {
  key: string;
  /** The row header: a region or a unit, usually a link. */
  header: ReactNode;
  /** Share of each area's weight achieved (0..1), by area code; missing = no score. */
  shares: Record<string, number | null | undefined>;
  /** Extra hover text per cell (e.g. the self and evaluator scores). */
  detail?: (code: string) => string;
  lead?: ReactNode;
};

type TProps = { caption: string; rowHeading: string; areas: TDashboardNode[]; rows: THeatRow[]; bins: THeatBin[]; leadHeading?: string };

/** Areas x rows as a table of coloured cells, each with its percentage; scrolls sideways on phones. */
export function HeatMap({ caption, rowHeading, areas, rows, bins, leadHeading }: TProps) {
  return (
    <div className="space-y-2">
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label={caption}>
        <table className="w-full border-collapse text-xs tabular-nums">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="sticky left-0 z-10 min-w-40 bg-slate-100 px-2 py-2 text-left">{rowHeading}</th>
              {leadHeading ? <th scope="col" className="px-2 py-2 text-right">{leadHeading}</th> : null}
              {areas.map((area) => (
                <th key={area.code} scope="col" className="px-1 py-2 text-center align-bottom font-semibold">
                  <abbr title={nodeLabel(area)} className="no-underline">{area.code}</abbr>
                  <span className="sr-only"> {nodeLabel(area)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-t border-slate-200">
                <th scope="row" className="sticky left-0 z-10 bg-white px-2 py-1.5 text-left font-medium">{row.header}</th>
                {leadHeading ? <td className="px-2 py-1.5 text-right tabular-nums">{row.lead}</td> : null}
                {areas.map((area) => {
                  const share = row.shares[area.code];
                  if (share === null || share === undefined) return <td key={area.code} className="px-1 text-center text-slate-400">—</td>;
                  const bin = heatBin(bins, share);
                  // Short hover text: the row and column headers already name the unit and the area.
                  const title = `${area.code}: ${formatPercent(share)} dari bobot${row.detail ? `; ${row.detail(area.code)}` : ""}`;
                  return (
                    <td key={area.code} title={title} className="px-1 py-1.5 text-center" style={{ backgroundColor: bin.background, color: bin.text }}>
                      {formatPercent(share)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <HeatLegend bins={bins} />
    </div>
  );
}

export function HeatLegend({ bins }: { bins: THeatBin[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Keterangan warna">
      {bins.map((bin) => (
        <li key={bin.min} className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-3.5 w-5 rounded-sm border border-slate-300" style={{ backgroundColor: bin.background }} />
          {bin.label}
        </li>
      ))}
    </ul>
  );
}

/** Link to the unit table's per-area view for one region. */
export function RegionLink({ href, children }: { href: string; children: ReactNode }) {
  return <Link href={href} className="text-brand-700 underline-offset-2 hover:underline">{children}</Link>;
}
