import { likertPoint, likertShare } from "@/lib/scoring/likert";
import { percentValue } from "@/lib/scoring/percent-value";
import { clamp01, Rational } from "@/lib/scoring/rational";
import type { TAnswer, TItem } from "@/lib/scoring/types";

const FOUR = Rational.of(4n);

/**
 * Exact normalised value 0..1 of one answer, or null when the item counts as unanswered.
 * Never throws: an answer that does not fit the item (unknown option key) is treated as unanswered,
 * because rejecting it is validateAnswer's job at the moment it is saved.
 */
export function answerValue(item: TItem, answer: TAnswer | undefined): Rational | null {
  if (!answer) return null;
  switch (item.answerType) {
    case "PERCENT": {
      if (!answer.inputs || !item.formula) return null;
      return percentValue(item.formula, answer.inputs);
    }
    case "SURVEY_INDEX_0_4": {
      const index = answer.surveyIndex;
      if (typeof index !== "number" || !Number.isFinite(index)) return null;
      return clamp01(Rational.fromNumber(index).dividedBy(FOUR));
    }
    case "LIKERT": {
      const point = item.scale ? likertPoint(item.scale, answer.optionKey) : null;
      return point === null || !item.scale ? null : likertShare(item.scale, Rational.of(BigInt(point)));
    }
    default: {
      if (answer.optionKey == null) return null;
      const option = item.options.find((candidate) => candidate.key === answer.optionKey);
      return option ? Rational.fromNumber(option.value) : null;
    }
  }
}
