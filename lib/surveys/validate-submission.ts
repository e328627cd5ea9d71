import { likertPoint } from "@/lib/scoring/likert";
import type { TCatalogue } from "@/lib/scoring/types";
import { surveyItems, type TResponseData } from "@/lib/surveys/survey-results";
import type { TSubmitResponseInput } from "@/lib/surveys/schemas";

export type TSubmissionCheck = { ok: true; data: TResponseData } | { ok: false; message: string };

/**
 * Every question answered with a whole point of its scale, no unknown question, profile answers
 * (optional) among their options. Pure: the answer form and the server check the same way.
 */
export function validateSubmission(catalogue: TCatalogue, input: Pick<TSubmitResponseInput, "answers" | "profile">): TSubmissionCheck {
  const items = surveyItems(catalogue);
  const known = new Set(items.map((item) => item.code));
  const unknown = Object.keys(input.answers).find((code) => !known.has(code));
  if (unknown) return { ok: false, message: `Pertanyaan ${unknown} tidak ada pada survei ini.` };
  const answers: Record<string, number> = {};
  for (const [index, item] of items.entries()) {
    const raw = input.answers[item.code];
    if (raw === undefined || raw === "") return { ok: false, message: `Pertanyaan ${index + 1} belum dijawab.` };
    const point = likertPoint(item.scale!, String(raw));
    if (point === null) return { ok: false, message: `Jawaban pertanyaan ${index + 1} harus salah satu nilai ${item.scale!.min} sampai ${item.scale!.max}.` };
    answers[item.code] = point;
  }
  const profile: Record<string, string> = {};
  const fields = catalogue.questionnaire?.profile ?? [];
  for (const [key, value] of Object.entries(input.profile ?? {})) {
    if (value === "") continue;
    const field = fields.find((candidate) => candidate.key === key);
    if (!field) return { ok: false, message: `Data responden '${key}' tidak dikenal.` };
    if (!field.options.some((option) => option.key === value)) return { ok: false, message: `Pilihan ${field.label.toLowerCase()} tidak dikenal.` };
    profile[key] = value;
  }
  return { ok: true, data: { answers, profile } };
}
