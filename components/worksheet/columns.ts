import type { TWorksheetSide } from "@/lib/worksheet/types";

// The worksheet's columns per side: headers, and the labels cells show when a phone stacks a row
// into a card. Widths keep the unit's sheet inside a laptop screen; the evaluator's scrolls
// sideways inside its frame, the code column staying in view.

export type TColumn = { key: string; label: string; width: string };

const CODE = { key: "kode", label: "Kode", width: "md:w-24" };
const QUESTION = { key: "butir", label: "Butir", width: "md:w-72 md:min-w-64" };
const EVIDENCE = { key: "bukti", label: "Bukti dukung", width: "md:w-28" };

export const COLUMNS: Record<TWorksheetSide, TColumn[]> = {
  SELF: [
    CODE, QUESTION,
    { key: "jawaban", label: "Jawaban", width: "md:w-52" },
    { key: "nilai", label: "Nilai", width: "md:w-20" },
    { key: "uraian", label: "Uraian bukti dukung", width: "md:w-60" },
    EVIDENCE,
    { key: "putusan", label: "Putusan TPI", width: "md:w-28" },
  ],
  EVALUATOR: [
    CODE, QUESTION,
    { key: "jawaban-unit", label: "Jawaban unit", width: "md:w-56" },
    { key: "nilai-unit", label: "Nilai unit", width: "md:w-20" },
    { key: "jawaban-tpi", label: "Jawaban TPI", width: "md:w-52" },
    { key: "nilai-tpi", label: "Nilai TPI", width: "md:w-24" },
    { key: "uraian", label: "Dasar penilaian TPI", width: "md:w-56" },
    EVIDENCE,
    { key: "putusan", label: "Putusan", width: "md:w-40" },
  ],
};
