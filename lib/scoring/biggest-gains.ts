import { listItems } from "@/lib/scoring/catalogue-walk";
import { SCORE_TOLERANCE } from "@/lib/scoring/compare";
import type { TCatalogue, TGain, TScoreResult } from "@/lib/scoring/types";

/**
 * The unanswered or weak items that would add the most points with their best answer.
 * Ties keep catalogue order so the list is stable between recomputations.
 */
export function biggestGains(catalogue: TCatalogue, result: TScoreResult, limit = 10): TGain[] {
  const candidates: (TGain & { index: number })[] = [];
  for (const { item, groupCode, index } of listItems(catalogue)) {
    const score = result.items[item.code];
    if (!score || (score.value !== null && score.value >= 1)) continue;
    const gain = score.maxPoints - score.points;
    // An item that can add nothing (weight 0) is no advice.
    if (gain <= SCORE_TOLERANCE) continue;
    const reason = score.value === null ? "unanswered" : "weak";
    candidates.push({ itemCode: item.code, groupCode, value: score.value, gain, reason, index });
  }
  candidates.sort((a, b) =>
    Math.abs(a.gain - b.gain) > SCORE_TOLERANCE ? b.gain - a.gain : a.index - b.index,
  );
  return candidates.slice(0, Math.max(0, limit)).map(({ index: _index, ...gain }) => gain);
}
