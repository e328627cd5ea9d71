import type { TAnswerValidation } from "@/lib/scoring/validate-answer";
import type { TItem } from "@/lib/scoring/types";

// Counts of documents, staff or complaints in one unit; anything larger is a typing mistake.
export const MAX_PERCENT_INPUT = 1_000_000_000;

const isEmpty = (value: unknown) => value === undefined || value === null || value === "";

/** Inputs (jumlah) of a PERCENT item: every declared input, each a whole number 0..1,000,000,000. */
export function validatePercentInputs(item: TItem, raw: unknown): TAnswerValidation {
  const cleared = { ok: true as const, answer: { optionKey: null, inputs: null, surveyIndex: null } };
  if (isEmpty(raw)) return cleared;
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return { ok: false, message: "Format jumlah tidak dikenali" };
  }
  const given = raw as Record<string, unknown>;
  const declared = new Set(item.inputs.map((input) => input.key));
  const unknownKey = Object.keys(given).find((key) => !declared.has(key));
  if (unknownKey !== undefined) {
    return { ok: false, message: `Masukan '${unknownKey}' tidak dikenal pada butir ini` };
  }
  // A form whose fields were all emptied means "clear the answer", not "all zero".
  if (item.inputs.every((input) => isEmpty(given[input.key]))) return cleared;

  const inputs: Record<string, number> = {};
  for (const { key, label } of item.inputs) {
    const value = given[key];
    if (isEmpty(value)) return { ok: false, message: `Jumlah wajib diisi (${label})` };
    if (typeof value !== "number" || Number.isNaN(value)) {
      return { ok: false, message: `Jumlah harus berupa angka (${label})` };
    }
    if (!Number.isInteger(value) || value < 0) {
      return { ok: false, message: `Jumlah harus bilangan bulat 0 atau lebih (${label})` };
    }
    if (value > MAX_PERCENT_INPUT) {
      return { ok: false, message: `Jumlah paling banyak 1.000.000.000 (${label})` };
    }
    inputs[key] = value + 0; // turns -0 into 0
  }
  return { ok: true, answer: { optionKey: null, inputs, surveyIndex: null } };
}
