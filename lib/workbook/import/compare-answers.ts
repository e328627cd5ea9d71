import { answerValue } from "@/lib/scoring/answer-value";
import type { TAnswer, TItem } from "@/lib/scoring/types";
import { describeAnswer } from "@/lib/assessments/describe-answer";

const CLEARED: TAnswer = { optionKey: null, inputs: null, surveyIndex: null };

/** Same stored answer: the same option, index, or the same count for every input. */
export function sameAnswer(a: TAnswer | undefined, b: TAnswer | undefined): boolean {
  const left = a ?? CLEARED;
  const right = b ?? CLEARED;
  if ((left.optionKey ?? null) !== (right.optionKey ?? null)) return false;
  if ((left.surveyIndex ?? null) !== (right.surveyIndex ?? null)) return false;
  const li = left.inputs ?? null;
  const ri = right.inputs ?? null;
  if (li === null || ri === null) return li === ri;
  const keys = new Set([...Object.keys(li), ...Object.keys(ri)]);
  return [...keys].every((key) => li[key] === ri[key]);
}

/** The answer in words, as the item card and the history show it. */
export function answerInWords(item: TItem, answer: TAnswer | undefined): string {
  const given = answer ?? CLEARED;
  return describeAnswer(item, {
    itemId: "", narrative: "", version: 0, updatedByName: null, updatedAt: null, carried: false, recheck: [],
    optionKey: given.optionKey ?? null, inputs: given.inputs ?? null, surveyIndex: given.surveyIndex ?? null,
    value: answerValue(item, given),
  });
}
