// Indonesian display formats: 75,00 · 80,00% · 22 November 2026. Round only for display.

const score = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });
const date = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" });

export const formatScore = (value: number) => score.format(value);
export const formatInteger = (value: number) => integer.format(value);
export const formatPercent = (share: number) => `${score.format(share * 100)}%`;
export const formatDate = (value: Date | string) => date.format(new Date(value));
/** In WIB, the zone stated; where the time belongs to a unit, use formatDateTimeIn with its zone. */
export const formatDateTime = (value: Date | string) => formatDateTimeIn(value, DEFAULT_TIME_ZONE);

/** Accepts "3,45" as well as "3.45": people type the Indonesian decimal comma. */
export function parseDecimal(text: string): number {
  const normalised = text.trim().replace(",", ".");
  return normalised === "" ? Number.NaN : Number(normalised);
}

// ---- Dates and times in a time zone ---------------------------------------------------------
// Units sit in WIB, WITA and WIT: a time is never shown without its zone ("23.59 WITA"). Dates
// are the day in that zone. Formatters are built once per zone.

/** Indonesia's administrative time: stage windows are set in it, and times of no unit use it. */
export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

const ZONE_NAME: Record<string, string> = { "Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT" };

type TZoneFormats = { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat; offset: Intl.DateTimeFormat };
const zoneFormats = new Map<string, TZoneFormats>();

function formatsFor(timeZone: string): TZoneFormats {
  let formats = zoneFormats.get(timeZone);
  if (!formats) {
    formats = {
      day: new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone }),
      time: new Intl.DateTimeFormat("id-ID", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }),
      offset: new Intl.DateTimeFormat("en-US", { timeZoneName: "shortOffset", timeZone }),
    };
    zoneFormats.set(timeZone, formats);
  }
  return formats;
}

/** "WIB", "WITA", "WIT"; outside Indonesia the offset ("GMT+9"). */
export function zoneName(timeZone: string, at: Date = new Date()): string {
  return ZONE_NAME[timeZone] ?? formatsFor(timeZone).offset.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

/** "22 November 2026": the day in that zone. */
export function formatDateIn(value: Date | string, timeZone: string): string {
  return formatsFor(timeZone).day.format(new Date(value));
}

/** "23.59 WITA". */
export function formatTimeIn(value: Date | string, timeZone: string): string {
  const at = new Date(value);
  const parts = formatsFor(timeZone).time.formatToParts(at);
  const part = (type: "hour" | "minute") => parts.find((p) => p.type === type)?.value ?? "00";
  return `${part("hour")}.${part("minute")} ${zoneName(timeZone, at)}`;
}

/** "22 November 2026 pukul 23.59 WITA". */
export function formatDateTimeIn(value: Date | string, timeZone: string): string {
  return `${formatDateIn(value, timeZone)} pukul ${formatTimeIn(value, timeZone)}`;
}
