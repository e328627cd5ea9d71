// Indonesian display formats: 75,00 · 80,00% · 22 November 2026. Round only for display.

const score = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });
const date = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" });
const dateTime = new Intl.DateTimeFormat("id-ID", {
  day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Asia/Jakarta",
});

export const formatScore = (value: number) => score.format(value);
export const formatInteger = (value: number) => integer.format(value);
export const formatPercent = (share: number) => `${score.format(share * 100)}%`;
export const formatDate = (value: Date | string) => date.format(new Date(value));
export const formatDateTime = (value: Date | string) => dateTime.format(new Date(value));

/** Accepts "3,45" as well as "3.45": people type the Indonesian decimal comma. */
export function parseDecimal(text: string): number {
  const normalised = text.trim().replace(",", ".");
  return normalised === "" ? Number.NaN : Number(normalised);
}
