// Indonesian number formatting and title casing for labels and messages shown to users.
const formatters = new Map<number, Intl.NumberFormat>();

export function formatNumberId(value: number, maxDecimals = 6): string {
  let formatter = formatters.get(maxDecimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat("id-ID", { maximumFractionDigits: maxDecimals });
    formatters.set(maxDecimals, formatter);
  }
  return formatter.format(value);
}

/** "PEMENUHAN" -> "Pemenuhan". Mixed-case titles are already written for display and stay as they are. */
export function displayTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  const lower = trimmed.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
