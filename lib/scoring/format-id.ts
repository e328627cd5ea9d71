/** "PEMENUHAN" -> "Pemenuhan". Mixed-case titles are already written for display and stay as they are. */
export function displayTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  const lower = trimmed.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
