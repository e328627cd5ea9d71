import { Rational } from "@/lib/scoring/rational";
import type { TLikertScale, TQuestionnaireRules } from "@/lib/scoring/types";

// Likert answers and their conversion to an index, exactly. A point p on a scale min..max is worth
// (p - min) / (max - min) in 0..1; an index is that share laid on the questionnaire's index range:
// index = index.min + share x (index.max - index.min). On a 1-4 scale with a 1-4 index that is the
// point itself; a 1-6 survey gives 1 + (p - 1) x 3/5. The conversion is linear, so the index of a
// mean answer is the mean of the answers' indices.

/** The chosen point of a LIKERT answer ("3"), or null when it is not a whole point of the scale. */
export function likertPoint(scale: TLikertScale, optionKey: string | null | undefined): number | null {
  if (optionKey == null || !/^\d{1,2}$/.test(optionKey)) return null;
  const point = Number(optionKey);
  return point >= scale.min && point <= scale.max ? point : null;
}

/** 0..1 share of the scale a point (or a mean of points) reaches. */
export function likertShare(scale: TLikertScale, point: Rational): Rational {
  return point.minus(Rational.of(BigInt(scale.min))).dividedBy(Rational.of(BigInt(scale.max - scale.min)));
}

/** The index of a point or a mean of points, on the questionnaire's index range. */
export function likertIndex(scale: TLikertScale, index: TQuestionnaireRules["index"], point: Rational): Rational {
  const low = Rational.fromNumber(index.min);
  const span = Rational.fromNumber(index.max).minus(low);
  return low.plus(likertShare(scale, point).times(span));
}
