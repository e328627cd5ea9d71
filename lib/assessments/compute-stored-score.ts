import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { biggestGains } from "@/lib/scoring/biggest-gains";
import { Rational } from "@/lib/scoring/rational";
import type { TAnswer, TCatalogue, TExact, TScoreResult } from "@/lib/scoring/types";
import type { TScoreSummary, TStoredScore } from "@/lib/assessments/types";

export const GAINS_KEPT = 10;
/** Decimals of the numeric score columns (numeric(30,20)): see AssessmentScore in schema.prisma. */
export const NUMERIC_SCALE = 20;

/** Runs the engine and keeps what pages need: nodes, items, predicate results, biggest gains. */
export function computeStoredScore(
  catalogue: TCatalogue,
  answers: Map<string, TAnswer>,
  preconditions?: Record<string, boolean | null>,
): TStoredScore {
  const result = scoreAssessment(catalogue, answers, { preconditions });
  return { ...result, gains: biggestGains(catalogue, result, GAINS_KEPT) };
}

/** An exact value as the numeric columns hold it: rounded half up to 20 decimals, as text. */
export function toNumeric(value: TExact): string {
  return Rational.parse(value).toFixed(NUMERIC_SCALE);
}

type TNumeric = { toFixed(): string };

/** A numeric column as read by Prisma (a Decimal), as exact text: "12.42500000000000000000". */
export function fromNumeric(value: TNumeric): TExact;
export function fromNumeric(value: TNumeric | null | undefined): TExact | null;
export function fromNumeric(value: TNumeric | null | undefined): TExact | null {
  return value ? value.toFixed() : null;
}

/**
 * The headline columns kept beside the JSON for sorting and dashboards. LKE ZI catalogues put
 * Pengungkit first (Pemenuhan, Reform) and Hasil second; other instruments leave the parts 0.
 */
export function headlineScores(catalogue: TCatalogue, result: TScoreResult) {
  const [first, second] = catalogue.components;
  const score = (code: string | undefined) => toNumeric(code ? (result.nodes[code]?.score ?? "0") : "0");
  return {
    total: toNumeric(result.total),
    pengungkit: score(first?.code),
    hasil: score(second?.code),
    pemenuhan: score(first?.children[0]?.code),
    reform: score(first?.children[1]?.code),
    wbkMet: result.predicates.find((p) => p.code === "WBK")?.scoreRequirementsMet ?? false,
    wbbmMet: result.predicates.find((p) => p.code === "WBBM")?.scoreRequirementsMet ?? false,
  };
}

export function toScoreSummary(result: TScoreResult): TScoreSummary {
  const nodes: TScoreSummary["nodes"] = {};
  for (const [code, node] of Object.entries(result.nodes)) nodes[code] = { score: node.score, answered: node.answered };
  return {
    total: result.total,
    answered: result.answered,
    itemCount: result.itemCount,
    nodes,
    predicates: result.predicates.map((p) => ({ code: p.code, scoreRequirementsMet: p.scoreRequirementsMet, unmetCount: p.unmet.length })),
  };
}
