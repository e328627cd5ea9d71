// Window dates are whole days in Indonesia's administrative time (WIB): a window opens at 00:00
// of its first day and closes at the end of its last day. Pure: shared by forms and server.

import { WIB } from "@/lib/units/time-zones";

/** The zone windows are set in: every admin page states it beside a window's dates and times. */
export const WINDOW_TIME_ZONE = WIB;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WIB_OFFSET = "+07:00";

const dayInJakarta = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" });

/** "2026-02-30" is not a date; "2026-02-28" is. */
export function isCalendarDate(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function windowRange(window: { opensAt: string; closesAt: string }): { opensAt: Date; closesAt: Date } {
  return {
    opensAt: new Date(`${window.opensAt}T00:00:00.000${WIB_OFFSET}`),
    closesAt: new Date(`${window.closesAt}T23:59:59.999${WIB_OFFSET}`),
  };
}

/** "2026-11-22": this instant's day in Jakarta (the form of stored window dates and audit events). */
export function toDateInput(value: Date | string): string {
  return dayInJakarta.format(new Date(value));
}

// Forms take dates as typed text, day first ("22/11/2026"): a browser's date picker shows the
// browser's own locale (mm/dd/yyyy in an English browser), which Indonesian admins misread.
const TYPED_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** "22/11/2026", "22-11-2026", "22.11.2026" or ISO "2026-11-22" as ISO; null when not a real date. */
export function parseDateText(text: string): string | null {
  const trimmed = text.trim();
  const typed = TYPED_DAY.exec(trimmed);
  const iso = typed ? `${typed[3]}-${typed[2]!.padStart(2, "0")}-${typed[1]!.padStart(2, "0")}` : trimmed;
  return isCalendarDate(iso) ? iso : null;
}

/** ISO "2026-11-22" as the form shows it: "22/11/2026". */
export function toDateText(iso: string): string {
  const match = DAY.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** The stages whose window contains `now` (windows may overlap). */
export function openStages<T extends { stage: string; opensAt: Date; closesAt: Date }>(windows: readonly T[], now: Date): T["stage"][] {
  return windows.filter((w) => w.opensAt <= now && now <= w.closesAt).map((w) => w.stage);
}

/** Stored windows as the edit form's values; a stage not scheduled yet is left empty. */
export function toWindowInputs(windows: readonly { stage: string; opensAt: Date; closesAt: Date }[]) {
  const byStage = new Map(windows.map((w) => [w.stage, w]));
  const entry = (stage: "SELF_ASSESSMENT" | "REVIEW" | "REVISION" | "FINAL") => {
    const w = byStage.get(stage);
    return w ? { opensAt: toDateText(toDateInput(w.opensAt)), closesAt: toDateText(toDateInput(w.closesAt)) } : { opensAt: "", closesAt: "" };
  };
  return { SELF_ASSESSMENT: entry("SELF_ASSESSMENT"), REVIEW: entry("REVIEW"), REVISION: entry("REVISION"), FINAL: entry("FINAL") };
}
