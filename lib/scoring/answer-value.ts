import { clamp01 } from "@/lib/scoring/compare";
import { percentValue } from "@/lib/scoring/percent-value";
import type { TAnswer, TItem } from "@/lib/scoring/types";

/**
 * Normalised value 0..1 of one answer, or null when the item counts as unanswered.
 * Never throws: an answer that does not fit the item (unknown option key) is treated as unanswered,
 * because rejecting it is validateAnswer's job at the moment it is saved.
 */
export function answerValue(item: TItem, answer: TAnswer | undefined): number | null {
  if (!answer) return null;
  switch (item.answerType) {
    case "PERCENT": {
      if (!answer.inputs || !item.formula) return null;
      return percentValue(item.formula, answer.inputs);
    }
    case "SURVEY_INDEX_0_4": {
      const index = answer.surveyIndex;
      if (typeof index !== "number" || !Number.isFinite(index)) return null;
      return clamp01(index / 4);
    }
    default: {
      if (answer.optionKey == null) return null;
      const option = item.options.find((candidate) => candidate.key === answer.optionKey);
      return option ? option.value : null;
    }
  }
}
