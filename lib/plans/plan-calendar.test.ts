import { describe, expect, it } from "vitest";
import { cellState, monthsEnded, stepStatus } from "@/lib/plans/plan-calendar";

describe("the plan's calendar", () => {
  it("counts the months of the period's year that have ended, in the unit's zone", () => {
    expect(monthsEnded(2026, new Date("2026-03-15T00:00:00Z"), "Asia/Jakarta")).toBe(2);
    // 31 March 16.30 UTC is already 1 April in Jayapura (UTC+9), still March in Jakarta (UTC+7).
    expect(monthsEnded(2026, new Date("2026-03-31T16:30:00Z"), "Asia/Jakarta")).toBe(2);
    expect(monthsEnded(2026, new Date("2026-03-31T16:30:00Z"), "Asia/Jayapura")).toBe(3);
    expect(monthsEnded(2026, new Date("2025-12-01T00:00:00Z"), "Asia/Jakarta")).toBe(0);
    expect(monthsEnded(2026, new Date("2027-02-01T00:00:00Z"), "Asia/Jakarta")).toBe(12);
  });

  it("marks each month planned, done, late or realised outside the plan", () => {
    expect(cellState(true, true, true)).toBe("done");
    expect(cellState(true, false, true)).toBe("late");
    expect(cellState(true, false, false)).toBe("planned");
    expect(cellState(false, true, false)).toBe("extra");
    expect(cellState(false, false, true)).toBe("none");
  });

  it("gives a step's status from its months and target date", () => {
    expect(stepStatus([2, 3], [2, 3], 5, true)).toBe("selesai");
    expect(stepStatus([2, 6], [2], 5, false)).toBe("berjalan");
    expect(stepStatus([2, 6], [6], 5, false)).toBe("terlambat");
    expect(stepStatus([6], [], 1, true)).toBe("terlambat");
  });
});
