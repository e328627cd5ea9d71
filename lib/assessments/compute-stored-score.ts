import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { biggestGains } from "@/lib/scoring/biggest-gains";
import type { TAnswer, TCatalogue } from "@/lib/scoring/types";
import type { TScoreSummary, TStoredScore } from "@/lib/assessments/types";

const GAINS_KEPT = 10;

/** Runs the engine and keeps what pages need: node scores, predicate results, biggest gains. */
export function computeStoredScore(
  catalogue: TCatalogue,
  answers: Map<string, TAnswer>,
  preconditions?: Record<string, boolean | null>,
): TStoredScore {
  const result = scoreAssessment(catalogue, answers, { preconditions });
  return {
    total: result.total,
    answered: result.answered,
    itemCount: result.itemCount,
    nodes: result.nodes,
    predicates: result.predicates,
    gains: biggestGains(catalogue, result, GAINS_KEPT),
  };
}

/**
 * The headline columns kept beside the JSON for sorting and dashboards. LKE ZI catalogues put
 * Pengungkit first (Pemenuhan, Reform) and Hasil second; other instruments leave the parts 0.
 */
export function headlineScores(catalogue: TCatalogue, stored: TStoredScore) {
  const [first, second] = catalogue.components;
  const score = (code: string | undefined) => (code ? (stored.nodes[code]?.score ?? 0) : 0);
  return {
    total: stored.total,
    pengungkit: score(first?.code),
    hasil: score(second?.code),
    pemenuhan: score(first?.children[0]?.code),
    reform: score(first?.children[1]?.code),
    wbkMet: stored.predicates.find((p) => p.code === "WBK")?.scoreRequirementsMet ?? false,
    wbbmMet: stored.predicates.find((p) => p.code === "WBBM")?.scoreRequirementsMet ?? false,
  };
}

export function toScoreSummary(stored: TStoredScore): TScoreSummary {
  const nodes: TScoreSummary["nodes"] = {};
  for (const [code, node] of Object.entries(stored.nodes)) nodes[code] = { score: node.score, answered: node.answered };
  return {
    total: stored.total,
    answered: stored.answered,
    itemCount: stored.itemCount,
    nodes,
    predicates: stored.predicates.map((p) => ({ code: p.code, scoreRequirementsMet: p.scoreRequirementsMet, unmetCount: p.unmet.length })),
  };
}
