import { likertPoint } from "@/lib/scoring/likert";
import { validatePercentInputs } from "@/lib/scoring/validate-percent-inputs";
import { validateChoices, validateCount } from "@/lib/scoring/validate-form-answer";
import type { TAnswer, TItem } from "@/lib/scoring/types";

export type TAnswerValidation =
  | { ok: true; answer: TAnswer }
  /** inputKeys: the PERCENT inputs the message is about, to mark those fields. */
  | { ok: false; message: string; inputKeys?: string[] };

const CLEARED: TAnswer = { optionKey: null, inputs: null, surveyIndex: null };

/** Which answer field each type uses (others: optionKey); TEXT uses none, its text is the narrative. */
const EXPECTED_FIELD: Partial<Record<TItem["answerType"], "optionKey" | "inputs" | "surveyIndex" | null>> = {
  PERCENT: "inputs", SURVEY_INDEX_0_4: "surveyIndex", MULTI_CHOICE: "inputs", COUNT: "inputs", TEXT: null,
};

const isEmpty = (value: unknown) => value === undefined || value === null || value === "";

/**
 * Checks one answer as sent by a form, on the client and again on the server.
 * The result keeps only the field that matches the item's answer type; an empty answer is a valid
 * request to clear it (all fields null).
 */
export function validateAnswer(item: TItem, raw: unknown): TAnswerValidation {
  if (isEmpty(raw)) return { ok: true, answer: CLEARED };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return { ok: false, message: "Format jawaban tidak dikenali" };
  }
  const fields = raw as Record<string, unknown>;
  // A value for another answer type is a mistake, not a request to clear this answer.
  const expected = item.answerType in EXPECTED_FIELD ? EXPECTED_FIELD[item.answerType] : "optionKey";
  const foreign = (["optionKey", "inputs", "surveyIndex"] as const).find((key) => key !== expected && !isEmpty(fields[key]));
  if (foreign) return { ok: false, message: "Jenis jawaban tidak sesuai dengan butir ini" };
  switch (item.answerType) {
    case "PERCENT":
      return validatePercentInputs(item, fields.inputs);
    case "SURVEY_INDEX_0_4":
      return validateSurveyIndex(fields.surveyIndex);
    case "LIKERT":
      return validateLikert(item, fields.optionKey);
    case "MULTI_CHOICE":
      return validateChoices(item, fields.inputs);
    case "COUNT":
      return validateCount(fields.inputs);
    case "SCALE_0_5":
      return { ok: false, message: "Nilai F-02 diberikan oleh tim evaluator pada lembar penilaian F-02, bukan sebagai jawaban butir." };
    case "TEXT":
      // The text is the answer's narrative; the answer fields stay empty.
      return { ok: true, answer: CLEARED };
    default:
      return validateOptionKey(item, fields.optionKey);
  }
}

function validateOptionKey(item: TItem, key: unknown): TAnswerValidation {
  if (isEmpty(key)) return { ok: true, answer: CLEARED };
  if (typeof key !== "string") return { ok: false, message: "Pilihan jawaban harus berupa kode opsi" };
  if (!item.options.some((option) => option.key === key)) {
    return { ok: false, message: `Opsi '${key}' tidak ada pada butir ini` };
  }
  return { ok: true, answer: { ...CLEARED, optionKey: key } };
}

function validateSurveyIndex(index: unknown): TAnswerValidation {
  if (isEmpty(index)) return { ok: true, answer: CLEARED };
  if (typeof index !== "number" || Number.isNaN(index)) {
    return { ok: false, message: "Nilai indeks survei harus berupa angka" };
  }
  if (!(index >= 0 && index <= 4)) {
    return { ok: false, message: "Nilai indeks survei harus antara 0,00 dan 4,00" };
  }
  // Survey reports publish two decimals; 3.11 * 100 is 311.00000000000006, hence the tolerance.
  const hundredths = index * 100;
  if (Math.abs(hundredths - Math.round(hundredths)) > 1e-6) {
    return { ok: false, message: "Nilai indeks survei paling banyak dua angka desimal" };
  }
  // Store the canonical two-decimal number (and never -0).
  return { ok: true, answer: { ...CLEARED, surveyIndex: Math.round(hundredths) / 100 + 0 } };
}

function validateLikert(item: TItem, key: unknown): TAnswerValidation {
  if (isEmpty(key)) return { ok: true, answer: CLEARED };
  const scale = item.scale;
  const text = typeof key === "number" ? String(key) : key;
  if (!scale || typeof text !== "string" || likertPoint(scale, text) === null) {
    const range = scale ? `${scale.min} sampai ${scale.max}` : "skala butir";
    return { ok: false, message: `Jawaban butir ${item.code} harus salah satu nilai ${range}` };
  }
  return { ok: true, answer: { ...CLEARED, optionKey: String(Number(text)) } };
}
