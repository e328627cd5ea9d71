// Indonesian display formats: 75,00 · 80,00% · 22 November 2026. The ONE place where figures are
// rounded: exactly, once, half up (half away from zero), for the UI, CSV, XLSX and the LHE alike.
import { Rational, type TExact } from "@/lib/scoring/rational";

/** A figure to show: an exact value (stored "497/40", a Rational) or a decimal datum held in a number. */
export type TFigure = TExact | Rational | number;

const HUNDRED = Rational.of(100n);
const grouped = new Map<number, Intl.NumberFormat>();
const integer = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });
const date = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" });

export function toRational(value: TFigure): Rational {
  if (value instanceof Rational) return value;
  return typeof value === "number" ? Rational.fromNumber(value) : Rational.parse(value);
}

/** The figure rounded half up to `places` decimals, as dot-decimal text ("12.43"): CSV and XLSX cells. */
export function roundHalfUp(value: TFigure, places: number): string {
  return toRational(value).toFixed(places);
}

/** share (0..1) as a percentage rounded half up: 0.87654 -> "87.65". */
export function roundPercent(share: TFigure, places = 2): string {
  return toRational(share).times(HUNDRED).toFixed(places);
}

// Intl only groups the digits here: the text it gets is already rounded to `places` decimals.
function groupDigits(rounded: string, places: number, minPlaces = places): string {
  let formatter = grouped.get(places * 10 + minPlaces);
  if (!formatter) {
    formatter = new Intl.NumberFormat("id-ID", { minimumFractionDigits: minPlaces, maximumFractionDigits: places });
    grouped.set(places * 10 + minPlaces, formatter);
  }
  return formatter.format(rounded as Intl.StringNumericLiteral);
}

/** The figure rounded half up as a number: a spreadsheet cell that shows `places` decimals holds exactly those digits. */
export const roundedNumber = (value: TFigure, places: number) => Number(roundHalfUp(value, places));

/** score / weight (0 for a weight of 0), exactly: a share to show with formatPercent. */
export function shareOf(score: TFigure, weight: TFigure): Rational {
  const whole = toRational(weight);
  return whole.isZero() ? Rational.of(0n) : toRational(score).dividedBy(whole);
}

export const formatScore = (value: TFigure) => groupDigits(roundHalfUp(value, 2), 2);
export const formatPercent = (share: TFigure) => `${groupDigits(roundPercent(share), 2)}%`;
/** A whole percentage, for scale labels and rules ("60%"). */
export const formatWholePercent = (share: TFigure) => `${groupDigits(roundPercent(share, 0), 0)}%`;
/** A catalogue number with up to `maxDecimals` decimals and no trailing zeros: 0,25 · 17,5 · 60. */
export const formatDecimal = (value: TFigure, maxDecimals = 4) => groupDigits(roundHalfUp(value, maxDecimals), maxDecimals, 0);
export const formatInteger = (value: number) => integer.format(value);
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
