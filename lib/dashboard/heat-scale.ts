// The heat map's colour scale: orange for weak, purple for strong (ColorBrewer PuOr, safe for the
// common colour-vision deficiencies). The breaks include the catalogue's area minimums for WBK
// and WBBM (60% and 75% in LKE ZI 2021), so a colour also says which requirement an area meets.
// Every cell prints its percentage as well: colour is never the only cue. Pure. The legend prints
// its breaks with the cells' formatter, so the map reads one number format throughout.

import { formatPercent, roundedNumber } from "@/lib/format";

export type THeatBin = { min: number; label: string; background: string; text: string };
export type TAreaThreshold = { code: string; share: number };

const PUOR_5 = ["#e66101", "#fdb863", "#f7f7f7", "#b2abd2", "#5e3c99"] as const;
const DARK_TEXT = "#1c1917";

/** Five bins: below 40%, up to the lower threshold, between the thresholds, up to 90%, 90% and more. */
export function heatBins(thresholds: TAreaThreshold[]): THeatBin[] {
  const sorted = [...thresholds].filter((t) => t.share > 0.4 && t.share < 0.9).sort((a, b) => a.share - b.share);
  const usable = sorted.length === 2 && sorted[0]!.share < sorted[1]!.share;
  const mins = usable ? [0, 0.4, sorted[0]!.share, sorted[1]!.share, 0.9] : [0, 0.2, 0.4, 0.6, 0.8];
  return mins.map((min, i) => {
    const next = mins[i + 1];
    const range = next === undefined ? `≥ ${formatPercent(min)}` : `${formatPercent(min)} – < ${formatPercent(next)}`;
    const met = usable ? sorted.filter((t) => t.share <= min).at(-1) : undefined;
    const note = !usable ? "" : met ? `: memenuhi syarat area ${met.code}` : `: di bawah syarat area ${sorted[0]!.code}`;
    return { min, label: `${range}${note}`, background: PUOR_5[i]!, text: i === 4 ? "#ffffff" : DARK_TEXT };
  });
}

/** Rounded to the displayed precision first, so a cell shown as "60,00%" is never coloured as below 60%. */
export function heatBin(bins: THeatBin[], share: number): THeatBin {
  const shown = roundedNumber(share, 4);
  let bin = bins[0]!;
  for (const candidate of bins) if (shown >= candidate.min) bin = candidate;
  return bin;
}
