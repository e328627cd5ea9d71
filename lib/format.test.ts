import { describe, expect, it } from "vitest";
import { formatDate, formatDateIn, formatDateTime, formatDateTimeIn, formatDecimal, formatPercent, formatScore, formatTimeIn, formatWholePercent, parseDecimal, roundHalfUp, roundPercent, zoneName } from "@/lib/format";
import { Rational } from "@/lib/scoring/rational";

describe("Indonesian formats", () => {
  it("shows scores with two decimals and a decimal comma", () => {
    expect(formatScore(75)).toBe("75,00");
    expect(formatScore("2/3")).toBe("0,67");
    expect(formatScore(1234.5)).toBe("1.234,50");
    expect(formatScore("1234567/8")).toBe("154.320,88");
  });
  it("rounds the exact value once, half up", () => {
    expect(formatScore("497/40")).toBe("12,43");
    expect(formatScore(Rational.parse("67/40"))).toBe("1,68");
    expect(formatScore("12.424999999999999")).toBe("12,42");
    expect(formatScore("-1/200")).toBe("-0,01");
    expect(roundHalfUp("497/40", 2)).toBe("12.43");
    expect(roundPercent("87655/100000")).toBe("87.66");
  });
  it("shows percentages and dates the Indonesian way", () => {
    expect(formatPercent(0.8)).toBe("80,00%");
    expect(formatPercent(Rational.ratio(7, 80))).toBe("8,75%");
    expect(formatWholePercent(0.6)).toBe("60%");
    expect(formatDecimal(0.25)).toBe("0,25");
    expect(formatDecimal(17.5)).toBe("17,5");
    expect(formatDecimal("1/3", 2)).toBe("0,33");
    expect(formatDate("2026-11-22T03:00:00Z")).toBe("22 November 2026");
  });
  it("reads decimals typed with a comma or a dot", () => {
    expect(parseDecimal("3,45")).toBe(3.45);
    expect(parseDecimal("3.45")).toBe(3.45);
    expect(parseDecimal(" ")).toBeNaN();
  });
});

describe("times with their zone", () => {
  const deadline = "2026-11-22T16:59:00Z"; // 23.59 WIB
  it("prints the day and the time in the unit's zone, with the zone's name", () => {
    expect(formatDateTimeIn(deadline, "Asia/Jakarta")).toBe("22 November 2026 pukul 23.59 WIB");
    expect(formatDateTimeIn(deadline, "Asia/Makassar")).toBe("23 November 2026 pukul 00.59 WITA");
    expect(formatTimeIn(deadline, "Asia/Jayapura")).toBe("01.59 WIT");
    expect(formatDateIn(deadline, "Asia/Jayapura")).toBe("23 November 2026");
    expect(formatTimeIn("2026-11-22T17:05:00Z", "Asia/Jakarta")).toBe("00.05 WIB");
  });
  it("states WIB where no unit's zone applies, and an offset outside Indonesia", () => {
    expect(formatDateTime(deadline)).toBe("22 November 2026 pukul 23.59 WIB");
    expect(zoneName("Asia/Pontianak")).toBe("WIB");
    expect(zoneName("Asia/Tokyo")).toBe("GMT+9");
  });
});
