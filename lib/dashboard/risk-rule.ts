// "Deadlines at risk", as leadership asked for it. Pure: the SQL condition and the tests both
// follow these constants.

/** A unit is behind when fewer than this share of its items is answered... */
export const RISK_PROGRESS = 0.8;
/** ...while the self-assessment window closes within this many days. */
export const RISK_DAYS = 14;

const DAY_MS = 86_400_000;

/**
 * Where the period stands against its self-assessment window:
 * - "closing": the window closes within RISK_DAYS; a draft below RISK_PROGRESS is at risk;
 * - "closed": the window has closed; every unit still in draft is late;
 * - "open": nobody is at risk yet (or the period has no self-assessment window).
 * A unit that has submitted is never at risk: it met the deadline.
 */
export type TRiskPhase = "open" | "closing" | "closed";

export function riskPhase(selfWindow: { closesAt: Date } | null, now: Date): TRiskPhase {
  if (!selfWindow) return "open";
  const closes = selfWindow.closesAt.getTime();
  if (closes < now.getTime()) return "closed";
  return closes - now.getTime() <= RISK_DAYS * DAY_MS ? "closing" : "open";
}

/** The same rule for one unit, for tests and for code that already holds the row. */
export function isAtRisk(phase: TRiskPhase, unit: { status: string; answeredCount: number; itemCount: number }): boolean {
  if (unit.status !== "DRAFT") return false;
  if (phase === "closed") return true;
  return phase === "closing" && unit.answeredCount < RISK_PROGRESS * unit.itemCount;
}

/** Whole days until the window closes (negative once closed). */
export function daysUntil(closesAt: Date, now: Date): number {
  return Math.ceil((closesAt.getTime() - now.getTime()) / DAY_MS);
}
