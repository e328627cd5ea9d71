import { describe, expect, it } from "vitest";
import { defaultPeriodId, isUpcoming, periodSpan, type TPeriodSpan } from "@/lib/dashboard/default-period";

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const span = (id: string, from: string, to: string | null): TPeriodSpan => ({ id, startsAt: day(from), endsAt: to ? day(to) : null });
const now = day("2026-11-22");

describe("defaultPeriodId", () => {
  it("prefers the period running today over a newer one that opens later", () => {
    expect(defaultPeriodId([span("2027", "2027-01-05", "2027-06-30"), span("2026", "2026-02-01", "2026-12-31")], now)).toBe("2026");
  });
  it("takes the first running period in the given order when several run", () => {
    expect(defaultPeriodId([span("b", "2026-06-01", null), span("a", "2026-01-01", "2026-12-31")], now)).toBe("b");
  });
  it("else the period that ended last", () => {
    expect(defaultPeriodId([span("2027", "2027-01-05", "2027-06-30"), span("2024", "2024-01-01", "2024-12-31"), span("2025", "2025-01-01", "2025-12-31")], now)).toBe("2025");
  });
  it("else the one that starts soonest; nothing when there is no period", () => {
    expect(defaultPeriodId([span("2028", "2028-01-05", null), span("2027", "2027-01-05", "2027-06-30")], now)).toBe("2027");
    expect(defaultPeriodId([], now)).toBeUndefined();
  });
});

describe("periodSpan", () => {
  it("runs from the first opening to the last closing, or from creation when unscheduled", () => {
    const windows = [{ opensAt: day("2026-03-01"), closesAt: day("2026-05-01") }, { opensAt: day("2026-02-01"), closesAt: day("2026-09-01") }];
    expect(periodSpan({ id: "p", createdAt: day("2026-01-01"), windows })).toEqual(span("p", "2026-02-01", "2026-09-01"));
    const unscheduled = periodSpan({ id: "q", createdAt: day("2026-12-01"), windows: [] });
    expect(unscheduled).toEqual(span("q", "2026-12-01", null));
    expect(isUpcoming(unscheduled, now)).toBe(true);
  });
});
