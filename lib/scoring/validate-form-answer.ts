import type { TAnswer, TItem } from "@/lib/scoring/types";
import type { TAnswerValidation } from "@/lib/scoring/validate-answer";

// F-01 answers of an index instrument (PEKPPP) that are not one option: the chosen options of a
// MULTI_CHOICE item ({ key: 1 } each), the number of a COUNT item ({ jumlah: n }). A TEXT item's
// answer is its narrative. None of them is scored.

const CLEARED: TAnswer = { optionKey: null, inputs: null, surveyIndex: null };
const MAX_COUNT = 1_000_000_000;

export function validateChoices(item: TItem, raw: unknown): TAnswerValidation {
  if (raw === undefined || raw === null) return { ok: true, answer: CLEARED };
  if (typeof raw !== "object" || Array.isArray(raw)) return { ok: false, message: "Pilihan jawaban tidak dikenali" };
  const chosen: Record<string, number> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!item.options.some((option) => option.key === key)) return { ok: false, message: `Opsi '${key}' tidak ada pada butir ini` };
    if (value !== 1 && value !== 0 && value !== true && value !== false) return { ok: false, message: "Setiap pilihan hanya dapat dicentang atau tidak" };
    if (value === 1 || value === true) chosen[key] = 1;
  }
  return { ok: true, answer: Object.keys(chosen).length ? { ...CLEARED, inputs: chosen } : CLEARED };
}

export function validateCount(raw: unknown): TAnswerValidation {
  if (raw === undefined || raw === null) return { ok: true, answer: CLEARED };
  const value = typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>).jumlah : undefined;
  if (value === undefined || value === null || value === "") return { ok: true, answer: CLEARED };
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_COUNT) {
    return { ok: false, message: "Jumlah harus bilangan bulat 0 atau lebih" };
  }
  return { ok: true, answer: { ...CLEARED, inputs: { jumlah: value } } };
}
