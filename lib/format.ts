// Indonesian display formats: 75,00 · 80,00% · 22 November 2026. The ONE place where figures are
// rounded: exactly, once, half up (half away from zero), for the UI, CSV, XLSX and the LHE alike.
import { Rational, type TExact } from "@/lib/scoring/rational";

/** A figure to show: an exact value (stored "497/40", a Rational) or a decimal datum held in a number. */
export type TFigure = TExact | Rational | number;

const HUNDRED = Rational.of(100n);
const grouped = new Map<number, Intl.NumberFormat>();
const integer = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });
const date = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" });
const dateTime = new Intl.DateTimeFormat("id-ID", {
  day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Asia/Jakarta",
});

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

export const formatScore = (value: TFigure) => groupDigits(roundHalfUp(value, 2), 2);
export const formatPercent = (share: TFigure) => `${groupDigits(roundPercent(share), 2)}%`;
/** A whole percentage, for scale labels and rules ("60%"). */
export const formatWholePercent = (share: TFigure) => `${groupDigits(roundPercent(share, 0), 0)}%`;
/** A catalogue number with up to `maxDecimals` decimals and no trailing zeros: 0,25 · 17,5 · 60. */
export const formatDecimal = (value: TFigure, maxDecimals = 4) => groupDigits(roundHalfUp(value, maxDecimals), maxDecimals, 0);
export const formatInteger = (value: number) => integer.format(value);
export const formatDate = (value: Date | string) => date.format(new Date(value));
export const formatDateTime = (value: Date | string) => dateTime.format(new Date(value));

/** Accepts "3,45" as well as "3.45": people type the Indonesian decimal comma. */
export function parseDecimal(text: string): number {
  const normalised = text.trim().replace(",", ".");
  return normalised === "" ? Number.NaN : Number(normalised);
}
