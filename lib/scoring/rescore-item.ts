import { answerValue } from "@/lib/scoring/answer-value";
import { findItem } from "@/lib/scoring/catalogue-walk";
import { evaluatePredicates } from "@/lib/scoring/predicates";
import { Rational, ZERO } from "@/lib/scoring/rational";
import type { TScoreOptions } from "@/lib/scoring/score-assessment";
import { itemMaxPoints, toNodeScore } from "@/lib/scoring/score-node";
import type { TAnswer, TCatalogue, TScoreResult } from "@/lib/scoring/types";

export type TRescored = {
  result: TScoreResult;
  /** Codes of the nodes whose score or answered count changed, innermost first. */
  changedNodes: string[];
};

/**
 * The score after ONE answer changed, from the previous exact result. A node's score is the sum of
 * its children's scores and its items' points, so only the item's node and its ancestors change,
 * each by exactly the item's change in points; then the total and the predicates. Exact arithmetic
 * makes this equal to scoreAssessment on the new answers (tested), at the cost of a few additions.
 */
export function rescoreItem(
  catalogue: TCatalogue,
  previous: Omit<TScoreResult, "predicates">,
  itemCode: string,
  answer: TAnswer | undefined,
  options: TScoreOptions = {},
): TRescored {
  const place = findItem(catalogue, itemCode);
  const before = previous.items[itemCode];
  if (!place || !before) throw new Error(`item ${itemCode} is not in the scored catalogue`);

  const value = answerValue(place.item, answer);
  const maxPoints = itemMaxPoints(place.node, place.item);
  const points = value === null ? ZERO : maxPoints.times(value);
  const delta = points.minus(Rational.parse(before.points));
  const answeredDelta = (value === null ? 0 : 1) - (before.value === null ? 0 : 1);

  const items = { ...previous.items, [itemCode]: { code: itemCode, value: value?.toExact() ?? null, points: points.toExact(), maxPoints: maxPoints.toExact() } };
  const nodes = { ...previous.nodes };
  const changedNodes: string[] = [];
  if (!delta.isZero() || answeredDelta !== 0) {
    for (const node of [place.node, ...[...place.ancestors].reverse()]) {
      const stored = nodes[node.code];
      const score = Rational.parse(stored.score).plus(delta);
      nodes[node.code] = toNodeScore(node, { score, answered: stored.answered + answeredDelta, itemCount: stored.itemCount });
      changedNodes.push(node.code);
    }
  }
  const scores = {
    total: Rational.parse(previous.total).plus(delta).toExact(),
    answered: previous.answered + answeredDelta,
    itemCount: previous.itemCount,
    nodes,
    items,
  };
  return { result: { ...scores, predicates: evaluatePredicates(catalogue, scores, options.preconditions) }, changedNodes };
}
