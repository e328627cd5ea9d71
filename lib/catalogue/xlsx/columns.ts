// The catalogue as a workbook: one sheet per kind of row, shared by the export and the import.
// Each column names the catalogue file field it holds, so validation errors point at a cell.

export type TSheetSpec = { name: string; columns: { field: string; header: string; width: number }[] };

export const CATALOGUE_SHEETS = {
  catalogue: { name: "Katalog", columns: [{ field: "key", header: "Kunci", width: 14 }, { field: "value", header: "Nilai", width: 90 }] },
  nodes: {
    name: "Simpul",
    columns: [
      { field: "code", header: "Kode", width: 14 }, { field: "kind", header: "Jenis", width: 12 }, { field: "parent", header: "Induk", width: 14 },
      { field: "title", header: "Judul", width: 60 }, { field: "weight", header: "Bobot", width: 9 },
    ],
  },
  questions: {
    name: "Butir",
    columns: [
      { field: "code", header: "Kode", width: 14 }, { field: "node", header: "Simpul", width: 12 }, { field: "text", header: "Teks", width: 60 },
      { field: "answerType", header: "Jenis jawaban", width: 18 }, { field: "weight", header: "Bobot sendiri", width: 10 },
      { field: "guidance", header: "Petunjuk", width: 60 }, { field: "expectedEvidence", header: "Bukti dukung (satu per baris)", width: 50 },
      { field: "formula.kind", header: "Rumus", width: 10 }, { field: "formula.numerator", header: "Pembilang", width: 14 },
      { field: "formula.denominator", header: "Penyebut", width: 14 }, { field: "formula.whenDenominatorZero", header: "Nilai jika penyebut 0", width: 12 },
      { field: "formula.previous", header: "Tahun lalu", width: 12 }, { field: "formula.current", header: "Tahun ini", width: 12 },
      { field: "formula.whenPreviousZero.currentZero", header: "Nilai jika lalu 0 dan kini 0", width: 12 },
      { field: "formula.whenPreviousZero.currentPositive", header: "Nilai jika lalu 0 dan kini > 0", width: 12 },
      // Filled only for a renumbered item: the code it had before, so its answers carry forward.
      { field: "key", header: "Kunci butir", width: 14 },
    ],
  },
  options: {
    name: "Opsi",
    columns: [{ field: "question", header: "Kode butir", width: 14 }, { field: "key", header: "Kunci", width: 10 }, { field: "label", header: "Label", width: 80 }, { field: "value", header: "Nilai", width: 9 }],
  },
  inputs: {
    name: "Masukan",
    columns: [{ field: "question", header: "Kode butir", width: 14 }, { field: "key", header: "Kunci", width: 14 }, { field: "label", header: "Label", width: 80 }],
  },
  constraints: {
    name: "Batasan",
    columns: [
      { field: "question", header: "Kode butir", width: 14 }, { field: "kind", header: "Jenis", width: 16 },
      { field: "parts", header: "Bagian", width: 24 }, { field: "total", header: "Jumlah", width: 24 }, { field: "message", header: "Pesan", width: 80 },
    ],
  },
  predicates: {
    name: "Predikat",
    columns: [
      { field: "predicate", header: "Predikat", width: 10 }, { field: "rule", header: "Aturan", width: 22 },
      { field: "code", header: "Kode", width: 12 }, { field: "value", header: "Nilai", width: 60 },
    ],
  },
} as const satisfies Record<string, TSheetSpec>;

/** The "Aturan" values of the Predikat sheet. */
export const PREDICATE_RULES = {
  totalMin: "nilai total minimum",
  areaMinShareOfWeight: "bagian minimum area",
  hasil: "nilai minimum",
  precondition: "prasyarat",
} as const;

/** Several keys in one cell (formula inputs): separated by commas. */
export const LIST_SEPARATOR = ",";
