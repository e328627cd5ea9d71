import { listItems } from "@/lib/scoring/catalogue-walk";
import { ONE, Rational, ZERO } from "@/lib/scoring/rational";
import type { TCatalogue, TGain, TScoreResult } from "@/lib/scoring/types";

/**
 * The unanswered or weak items that would add the most points with their best answer, exactly.
 * Ties keep catalogue order so the list is stable between recomputations.
 */
export function biggestGains(catalogue: TCatalogue, result: Pick<TScoreResult, "items">, limit = 10): TGain[] {
  const candidates: { gain: Rational; entry: TGain; index: number }[] = [];
  for (const { item, groupCode, index } of listItems(catalogue)) {
    const score = result.items[item.code];
    if (!score || (score.value !== null && Rational.parse(score.value).compare(ONE) >= 0)) continue;
    const gain = Rational.parse(score.maxPoints).minus(Rational.parse(score.points));
    // An item that can add nothing (weight 0) is no advice.
    if (gain.compare(ZERO) <= 0) continue;
    const reason = score.value === null ? "unanswered" : "weak";
    candidates.push({ gain, index, entry: { itemCode: item.code, groupCode, value: score.value, gain: gain.toExact(), reason } });
  }
  candidates.sort((a, b) => b.gain.compare(a.gain) || a.index - b.index);
  return candidates.slice(0, Math.max(0, limit)).map(({ entry }) => entry);
}
