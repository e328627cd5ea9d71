// Report numbers from the agency's pattern, e.g. "LHE-{urut}/ZI/{bulan_romawi}/{tahun}" gives
// "LHE-7/ZI/XI/2026". Pure: the sequence itself is kept in the database (issue-number.ts).

export const NUMBER_PLACEHOLDERS = ["urut", "bulan", "bulan_romawi", "tahun", "kode_unit"] as const;

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** Placeholders a pattern names that are not known, e.g. ["nomor"]. */
export function unknownPlaceholders(pattern: string): string[] {
  return [...pattern.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!).filter((name) => !(NUMBER_PLACEHOLDERS as readonly string[]).includes(name));
}

/** `month` is 1..12 in the agency's calendar (the date the document is issued). */
export function formatReportNumber(pattern: string, values: { sequence: number; year: number; month: number; unitCode: string }): string {
  const filled: Record<(typeof NUMBER_PLACEHOLDERS)[number], string> = {
    urut: String(values.sequence),
    bulan: String(values.month).padStart(2, "0"),
    bulan_romawi: ROMAN[values.month - 1] ?? String(values.month),
    tahun: String(values.year),
    kode_unit: values.unitCode,
  };
  return pattern.replace(/\{([a-z_]+)\}/g, (whole, name: string) => filled[name as keyof typeof filled] ?? whole);
}
