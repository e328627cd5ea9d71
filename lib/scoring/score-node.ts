import { answerValue } from "@/lib/scoring/answer-value";
import type { TAnswer, TItemScore, TNode, TNodeScore } from "@/lib/scoring/types";

export type TScoreSink = {
  answerOf: (code: string) => TAnswer | undefined;
  nodes: Record<string, TNodeScore>;
  items: Record<string, TItemScore>;
};

/** Scores a node and everything below it, recording every node and item in the sink. */
export function scoreNode(node: TNode, sink: TScoreSink): TNodeScore {
  let score = 0;
  let answered = 0;
  let itemCount = 0;
  for (const child of node.children) {
    const childScore = scoreNode(child, sink);
    score += childScore.score;
    answered += childScore.answered;
    itemCount += childScore.itemCount;
  }

  // Questions without their own weight share the node weight: weight x mean over ALL of them,
  // so an unanswered question pulls the mean down instead of being skipped.
  const shared = node.items.filter((item) => item.weight === null);
  let sharedValueSum = 0;
  for (const item of node.items) {
    const value = answerValue(item, sink.answerOf(item.code));
    const maxPoints = item.weight ?? node.weight / shared.length;
    const points = maxPoints * (value ?? 0);
    sink.items[item.code] = { code: item.code, value, points, maxPoints };
    if (item.weight === null) sharedValueSum += value ?? 0;
    else score += points;
    if (value !== null) answered += 1;
    itemCount += 1;
  }
  if (shared.length > 0) score += (node.weight * sharedValueSum) / shared.length;

  const result: TNodeScore = {
    code: node.code,
    kind: node.kind,
    title: node.title,
    weight: node.weight,
    score,
    share: node.weight === 0 ? 0 : score / node.weight,
    answered,
    itemCount,
  };
  sink.nodes[node.code] = result;
  return result;
}
