import { answerValue } from "@/lib/scoring/answer-value";
import { validateAnswer } from "@/lib/scoring/validate-answer";
import type { TAnswer } from "@/lib/scoring/types";
import type { TItemMatch, TRecheckReason } from "@/lib/carry-forward/match-items";

export type TPreviousAnswer = TAnswer & { narrative: string };
export type TCarriedAnswer = { answer: TAnswer; value: number | null; narrative: string; recheck: TRecheckReason[] };

const CLEARED: TAnswer = { optionKey: null, inputs: null, surveyIndex: null };

/**
 * Last period's answer on this period's item. An answer the item no longer accepts (an option
 * that is gone, inputs of another formula) is not carried; its narrative is, flagged for a
 * second look. Nothing to carry (no answer, no narrative) gives null.
 */
export function carryAnswer(match: TItemMatch, previous: TPreviousAnswer): TCarriedAnswer | null {
  const raw = { optionKey: previous.optionKey ?? null, inputs: previous.inputs ?? null, surveyIndex: previous.surveyIndex ?? null };
  const hadAnswer = raw.optionKey !== null || raw.inputs !== null || raw.surveyIndex !== null;
  if (!hadAnswer && previous.narrative.trim() === "") return null;
  const validated = hadAnswer ? validateAnswer(match.next, raw) : { ok: true as const, answer: CLEARED };
  const answer = validated.ok ? validated.answer : CLEARED;
  const recheck: TRecheckReason[] = validated.ok ? [...match.recheck] : [...match.recheck, "answer"];
  return { answer, value: answerValue(match.next, answer), narrative: previous.narrative, recheck };
}
