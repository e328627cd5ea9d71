import { answerValue } from "@/lib/scoring/answer-value";
import { Rational, ZERO } from "@/lib/scoring/rational";
import type { TAnswer, TItem, TItemScore, TNode, TNodeScore } from "@/lib/scoring/types";

export type TScoreSink = {
  answerOf: (code: string) => TAnswer | undefined;
  nodes: Record<string, TNodeScore>;
  items: Record<string, TItemScore>;
};

type TNodeTotals = { score: Rational; answered: number; itemCount: number };

/**
 * Points an item adds with its best answer. Questions without their own weight share the node
 * weight: weight x mean over ALL of them, so an unanswered question pulls the mean down instead of
 * being skipped. Each one's points are then (weight / count) x value, and a node's score is
 * simply the sum of its children's scores and its items' points.
 */
export function itemMaxPoints(node: TNode, item: TItem): Rational {
  if (item.weight !== null) return Rational.fromNumber(item.weight);
  const shared = node.items.reduce((count, candidate) => (candidate.weight === null ? count + 1 : count), 0);
  return Rational.fromNumber(node.weight).dividedBy(Rational.of(BigInt(shared)));
}

/** share = score / weight, 0 when the weight is 0. */
export function shareOf(score: Rational, weight: number): Rational {
  return weight === 0 ? ZERO : score.dividedBy(Rational.fromNumber(weight));
}

export function toNodeScore(node: TNode, totals: TNodeTotals): TNodeScore {
  return {
    code: node.code,
    kind: node.kind,
    title: node.title,
    weight: node.weight,
    score: totals.score.toExact(),
    share: shareOf(totals.score, node.weight).toExact(),
    answered: totals.answered,
    itemCount: totals.itemCount,
  };
}

/** Scores a node and everything below it, exactly, recording every node and item in the sink. */
export function scoreNode(node: TNode, sink: TScoreSink): TNodeTotals {
  let score = ZERO;
  let answered = 0;
  let itemCount = 0;
  for (const child of node.children) {
    const childTotals = scoreNode(child, sink);
    score = score.plus(childTotals.score);
    answered += childTotals.answered;
    itemCount += childTotals.itemCount;
  }
  for (const item of node.items) {
    const value = answerValue(item, sink.answerOf(item.code));
    const maxPoints = itemMaxPoints(node, item);
    const points = value === null ? ZERO : maxPoints.times(value);
    sink.items[item.code] = { code: item.code, value: value?.toExact() ?? null, points: points.toExact(), maxPoints: maxPoints.toExact() };
    score = score.plus(points);
    if (value !== null) answered += 1;
    itemCount += 1;
  }
  const totals = { score, answered, itemCount };
  sink.nodes[node.code] = toNodeScore(node, totals);
  return totals;
}
