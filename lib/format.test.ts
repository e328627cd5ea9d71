import { describe, expect, it } from "vitest";
import { formatDate, formatPercent, formatScore, parseDecimal } from "@/lib/format";

describe("Indonesian formats", () => {
  it("shows scores with two decimals and a decimal comma", () => {
    expect(formatScore(75)).toBe("75,00");
    expect(formatScore(0.666666)).toBe("0,67");
    expect(formatScore(1234.5)).toBe("1.234,50");
  });
  it("shows percentages and dates the Indonesian way", () => {
    expect(formatPercent(0.8)).toBe("80,00%");
    expect(formatDate("2026-11-22T03:00:00Z")).toBe("22 November 2026");
  });
  it("reads decimals typed with a comma or a dot", () => {
    expect(parseDecimal("3,45")).toBe(3.45);
    expect(parseDecimal("3.45")).toBe(3.45);
    expect(parseDecimal(" ")).toBeNaN();
  });
});
