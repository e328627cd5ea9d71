import { describe, expect, it } from "vitest";
import { formatDate, formatDateIn, formatDateTime, formatDateTimeIn, formatPercent, formatScore, formatTimeIn, parseDecimal, zoneName } from "@/lib/format";

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
