// Which period a leader sees first. Pure: the dashboard context and its tests share it.

/** A period's span: from its first window's opening (or its creation) to its last window's closing. */
export type TPeriodSpan = { id: string; startsAt: Date; endsAt: Date | null };

export function periodSpan(period: { id: string; createdAt: Date; windows: { opensAt: Date; closesAt: Date }[] }): TPeriodSpan {
  const opens = period.windows.map((w) => w.opensAt.getTime());
  const closes = period.windows.map((w) => w.closesAt.getTime());
  return {
    id: period.id,
    startsAt: new Date(opens.length ? Math.min(...opens) : period.createdAt.getTime()),
    endsAt: closes.length ? new Date(Math.max(...closes)) : null,
  };
}

export function isUpcoming(span: TPeriodSpan, now: Date): boolean {
  return span.startsAt.getTime() > now.getTime();
}

/**
 * The period running today (the first in the given order when several run), else the one that
 * ended last, else the one that starts soonest. A period scheduled for next year must not hide
 * this year's numbers: it has nothing to show yet.
 */
export function defaultPeriodId(spans: readonly TPeriodSpan[], now: Date): string | undefined {
  const t = now.getTime();
  const running = spans.find((s) => s.startsAt.getTime() <= t && (s.endsAt === null || t <= s.endsAt.getTime()));
  if (running) return running.id;
  const past = spans.filter((s) => s.endsAt !== null && s.endsAt.getTime() < t);
  if (past.length) return past.reduce((a, b) => (b.endsAt!.getTime() > a.endsAt!.getTime() ? b : a)).id;
  const upcoming = [...spans].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return upcoming[0]?.id;
}
