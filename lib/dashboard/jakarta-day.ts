// Calendar days in Indonesia's administrative time (WIB, UTC+7, no daylight saving). Pure.

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" });
const DAY_MS = 86_400_000;

/** "2026-11-22" for the day this instant falls on in Jakarta. */
export function jakartaDay(value: Date): string {
  return dayFormat.format(value);
}

/** 00:00 WIB of the day this instant falls on. */
export function startOfJakartaDay(value: Date): Date {
  return new Date(`${jakartaDay(value)}T00:00:00.000+07:00`);
}

/** Every day from the first instant's day to the second's, inclusive (at most `limit`). */
export function jakartaDays(from: Date, to: Date, limit = 400): string[] {
  const days: string[] = [];
  for (let t = startOfJakartaDay(from).getTime(); t <= to.getTime() && days.length < limit; t += DAY_MS) days.push(jakartaDay(new Date(t)));
  return days;
}
