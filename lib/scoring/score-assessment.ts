import { evaluatePredicates } from "@/lib/scoring/predicates";
import { ZERO } from "@/lib/scoring/rational";
import { scoreNode, type TScoreSink } from "@/lib/scoring/score-node";
import type { TAnswer, TAnswers, TCatalogue, TScoreResult } from "@/lib/scoring/types";

export type TScoreOptions = {
  /** Evaluator's confirmation per precondition text: true confirmed, false failed, null/missing open. */
  preconditions?: Record<string, boolean | null>;
};

/** The full score tree of one set of answers, exact: round only for display. */
export function scoreAssessment(
  catalogue: TCatalogue,
  answers: TAnswers,
  options: TScoreOptions = {},
): TScoreResult {
  const sink: TScoreSink = { answerOf: answerLookup(answers), nodes: {}, items: {} };
  let total = ZERO;
  let answered = 0;
  let itemCount = 0;
  for (const component of catalogue.components) {
    const componentScore = scoreNode(component, sink);
    total = total.plus(componentScore.score);
    answered += componentScore.answered;
    itemCount += componentScore.itemCount;
  }
  const scores = { total: total.toExact(), answered, itemCount, nodes: sink.nodes, items: sink.items };
  return { ...scores, predicates: evaluatePredicates(catalogue, scores, options.preconditions) };
}

function answerLookup(answers: TAnswers): (code: string) => TAnswer | undefined {
  if (isMap(answers)) return (code) => answers.get(code);
  return (code) => (Object.hasOwn(answers, code) ? answers[code] : undefined);
}

function isMap(answers: TAnswers): answers is ReadonlyMap<string, TAnswer> {
  return typeof (answers as ReadonlyMap<string, TAnswer>).get === "function";
}
