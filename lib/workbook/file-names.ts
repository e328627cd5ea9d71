// Download names of exported workbooks: lower-case ASCII words, e.g. "lke-zi-kejari-bantaeng-2026.xlsx".

export function slug(text: string): string {
  return text.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "unit";
}

export function lkeFileName(unitName: string, year: number): string {
  return `lke-zi-${slug(unitName)}-${year}.xlsx`;
}

export function regionZipName(regionName: string, year: number): string {
  return `lke-zi-${slug(regionName)}-${year}.zip`;
}

export function planFileName(unitName: string, year: number): string {
  return `rencana-aksi-zi-${slug(unitName)}-${year}.xlsx`;
}

export function planPdfName(unitName: string, year: number): string {
  return `rencana-aksi-zi-${slug(unitName)}-${year}.pdf`;
}
