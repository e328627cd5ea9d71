import { z } from "zod";
import type { TItem } from "@/lib/scoring/types";
import { validateAnswer } from "@/lib/scoring/validate-answer";
import { percentValue } from "@/lib/scoring/percent-value";
import { parseDecimal } from "@/lib/format";
import { NARRATIVE_MAX } from "@/lib/assessments/schemas";
import type { TAnswerDto } from "@/lib/assessments/types";

// The autosave form of one item. Values are strings as typed; the raw answer built from them is
// checked with validateAnswer, the same function the server runs.

export type TItemFormValues = { optionKey: string; inputs: Record<string, string>; surveyIndex: string; narrative: string };

export function formValuesFrom(item: TItem, answer: TAnswerDto | null): TItemFormValues {
  return {
    optionKey: answer?.optionKey ?? "",
    inputs: Object.fromEntries(item.inputs.map((i) => [i.key, answer?.inputs?.[i.key] === undefined ? "" : String(answer.inputs[i.key])])),
    surveyIndex: answer?.surveyIndex === null || answer?.surveyIndex === undefined ? "" : answer.surveyIndex.toFixed(2).replace(".", ","),
    narrative: answer?.narrative ?? "",
  };
}

/** The answer to send: null clears it (nothing chosen, every field empty). */
export function rawAnswerFrom(item: TItem, values: TItemFormValues) {
  if (item.answerType === "PERCENT") {
    const typed = item.inputs.filter((i) => (values.inputs[i.key] ?? "").trim() !== "");
    if (typed.length === 0) return null;
    return { inputs: Object.fromEntries(item.inputs.map((i) => [i.key, parseCount(values.inputs[i.key] ?? "")])) };
  }
  if (item.answerType === "SURVEY_INDEX_0_4") {
    return values.surveyIndex.trim() === "" ? null : { surveyIndex: parseDecimal(values.surveyIndex) };
  }
  return values.optionKey ? { optionKey: values.optionKey } : null;
}

/** A PERCENT item's share as typed so far: null until every count is a whole number. */
export function typedPercent(item: TItem, values: TItemFormValues): number | null {
  const numbers = Object.fromEntries(item.inputs.map((i) => [i.key, Number(values.inputs[i.key])]));
  const complete = item.inputs.every((i) => (values.inputs[i.key] ?? "").trim() !== "" && Number.isInteger(numbers[i.key]) && numbers[i.key]! >= 0);
  return complete && item.formula ? percentValue(item.formula, numbers) : null;
}

/** The counts a refused PERCENT answer is about, to mark those fields. */
export function inputsToMark(item: TItem, values: TItemFormValues) {
  if (item.answerType !== "PERCENT") return undefined;
  const result = validateAnswer(item, rawAnswerFrom(item, values));
  return result.ok ? undefined : result.inputKeys;
}

/** Blank stays null so the message says which count is missing. */
function parseCount(text: string) {
  const trimmed = text.trim();
  return trimmed === "" ? null : Number(trimmed);
}

export function itemFormSchema(item: TItem) {
  return z
    .object({
      optionKey: z.string(),
      inputs: z.record(z.string(), z.string()),
      surveyIndex: z.string(),
      narrative: z.string().max(NARRATIVE_MAX, `Uraian bukti dukung paling banyak ${NARRATIVE_MAX} karakter.`),
    })
    .superRefine((values, ctx) => {
      const raw = rawAnswerFrom(item, values);
      if (raw === null) return;
      const result = validateAnswer(item, raw);
      if (!result.ok) ctx.addIssue({ code: "custom", path: ["answer"], message: result.message });
    });
}
