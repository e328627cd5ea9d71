import type { TExact, TItem } from "@/lib/scoring/types";
import { Rational } from "@/lib/scoring/rational";
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

/** The TPI's points minus the unit's, exactly, when both answered. */
export function pointsDifference(self: TAnswerDto | null, evaluator: TAnswerDto | null, maxPoints: TExact): Rational | null {
  if (!answered(self) || !answered(evaluator)) return null;
  return Rational.parse(evaluator!.value!).minus(Rational.parse(self!.value!)).times(Rational.parse(maxPoints));
}

/** An answer's exact points: its value times the item's maximum; null when unanswered. */
export function pointsOf(answer: TAnswerDto | null, maxPoints: TExact): Rational | null {
  return answer === null || answer.value === null ? null : Rational.parse(answer.value).times(Rational.parse(maxPoints));
}
