import { describe, expect, it } from "vitest";
import { heatBin, heatBins } from "@/lib/dashboard/heat-scale";

const lke2021 = [{ code: "WBK", share: 0.6 }, { code: "WBBM", share: 0.75 }];

describe("heatBins", () => {
  it("puts the catalogue's area minimums on the breaks and names what each bin meets", () => {
    const bins = heatBins(lke2021);
    expect(bins.map((b) => b.min)).toEqual([0, 0.4, 0.6, 0.75, 0.9]);
    expect(bins.map((b) => b.label)).toEqual([
      "0,00% – < 40,00%: di bawah syarat area WBK",
      "40,00% – < 60,00%: di bawah syarat area WBK",
      "60,00% – < 75,00%: memenuhi syarat area WBK",
      "75,00% – < 90,00%: memenuhi syarat area WBBM",
      "≥ 90,00%: memenuhi syarat area WBBM",
    ]);
  });

  it("follows other thresholds, and falls back to even breaks without two of them", () => {
    expect(heatBins([{ code: "WBK", share: 0.5 }, { code: "WBBM", share: 0.8 }]).map((b) => b.min)).toEqual([0, 0.4, 0.5, 0.8, 0.9]);
    expect(heatBins([]).map((b) => b.min)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(heatBins([]).every((b) => !b.label.includes("syarat"))).toBe(true);
  });
});

describe("heatBin", () => {
  const bins = heatBins(lke2021);
  it.each([
    [0, 0], [0.3999, 0], [0.4, 1], [0.5999, 1], [0.6, 2], [0.599996, 2], [0.7499, 2], [0.75, 3], [0.9, 4], [1, 4],
  ])("share %d falls in bin %d (rounded as displayed)", (share, index) => {
    expect(heatBin(bins, share)).toBe(bins[index]);
  });
});
