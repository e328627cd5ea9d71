// The LKE workbook's layout, shared by the export and the import: sheet names, columns, the hidden
// sheet that says which LKE a file was exported from.

export const LKE_SHEET = "LKE";
export const SUMMARY_SHEET = "Ringkasan";
export const META_SHEET = "_zi";
/** Bumped when the layout changes in a way an older import could misread. */
export const LAYOUT_VERSION = 1;

export const COLUMN = {
  code: 1,
  text: 2,
  choices: 3,
  weight: 4,
  selfAnswer: 5,
  selfValue: 6,
  selfPoints: 7,
  selfNarrative: 8,
  evidence: 9,
  evaluatorAnswer: 10,
  evaluatorValue: 11,
  evaluatorPoints: 12,
  evaluatorNote: 13,
} as const;

export type TColumnKey = keyof typeof COLUMN;

export const HEADERS: Record<TColumnKey, string> = {
  code: "Kode",
  text: "Area/Indikator/Pernyataan",
  choices: "Pilihan jawaban",
  weight: "Bobot",
  selfAnswer: "Jawaban Unit",
  selfValue: "Nilai Unit",
  selfPoints: "Skor Unit",
  selfNarrative: "Narasi Unit",
  evidence: "Bukti Dukung",
  evaluatorAnswer: "Jawaban TPI",
  evaluatorValue: "Nilai TPI",
  evaluatorPoints: "Skor TPI",
  evaluatorNote: "Catatan TPI",
};

export const WIDTHS: Record<TColumnKey, number> = {
  code: 14, text: 60, choices: 22, weight: 9, selfAnswer: 12, selfValue: 9, selfPoints: 9, selfNarrative: 50,
  evidence: 45, evaluatorAnswer: 12, evaluatorValue: 9, evaluatorPoints: 9, evaluatorNote: 45,
};

/** Rows above the column headers: title and the LKE's identity, as units know it from the paper form. */
export const HEADER_ROW = 8;

/** Column letter of a 1-based column number (up to Z is all this layout needs). */
export function letter(column: number): string {
  return String.fromCharCode(64 + column);
}

/** "PERCENT" input rows are coded like the paper LKE's count rows: item code, dot, position. */
export function inputRowCode(itemCode: string, position: number): string {
  return `${itemCode}.${position + 1}`;
}

/** Keys of the hidden metadata sheet. */
export type TWorkbookMeta = {
  layout: number;
  assessmentId: string;
  unitId: string;
  unitName: string;
  periodName: string;
  catalogueCode: string;
  catalogueVersion: number;
  catalogueChecksum: string;
  exportedAt: string;
};
