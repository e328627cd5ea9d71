import type { TItem } from "@/lib/scoring/types";
import type { TAnswerDto } from "@/lib/assessments/types";
import { describeAnswer } from "@/lib/assessments/describe-answer";

const answered = (answer: TAnswerDto | null) => answer !== null && answer.value !== null;

/**
 * The TPI answered differently from the unit (another option, other counts or index). An item
 * the TPI has not answered yet is not a difference: it is still open.
 */
export function answersDiffer(item: TItem, self: TAnswerDto | null, evaluator: TAnswerDto | null): boolean {
  if (!answered(evaluator)) return false;
  if (!answered(self)) return true;
  return describeAnswer(item, self) !== describeAnswer(item, evaluator);
}

/** The TPI's points minus the unit's, when both answered. */
export function pointsDifference(self: TAnswerDto | null, evaluator: TAnswerDto | null, maxPoints: number): number | null {
  if (!answered(self) || !answered(evaluator)) return null;
  return (evaluator!.value! - self!.value!) * maxPoints;
}
