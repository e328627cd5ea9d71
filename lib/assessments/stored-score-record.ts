import { biggestGains } from "@/lib/scoring/biggest-gains";
import { listItems, listNodes } from "@/lib/scoring/catalogue-walk";
import { evaluatePredicates } from "@/lib/scoring/predicates";
import { Rational, ZERO } from "@/lib/scoring/rational";
import { itemMaxPoints, toNodeScore } from "@/lib/scoring/score-node";
import type { TCatalogue, TExact, TItemScore, TNodeScore, TScoreResult } from "@/lib/scoring/types";
import type { TStoredScore } from "@/lib/assessments/types";

// AssessmentScore.result as stored: only the exact figures nothing else can give, a few KB. Titles
// and weights come from the (immutable, cached) catalogue; predicates and the biggest gains are
// derived from the figures when read. A save reads and writes this record, not 30 KB of JSON.

export const RECORD_FORMAT = 2;

export type TStoredScoreRecord = {
  /** 2: exact rationals as text. Older rows (floats) are rebuilt by npm run migrate (recompute-scores.ts). */
  format: typeof RECORD_FORMAT;
  total: TExact;
  answered: number;
  /** Per node: its score and how many of its items are answered. */
  nodes: Record<string, [score: TExact, answered: number]>;
  /** Per answered item: its value 0..1 (points = max points x value). Unanswered items are absent. */
  values: Record<string, TExact>;
  /** The evaluator's confirmations the predicates were checked with (evaluator side only). */
  preconditions?: Record<string, boolean | null>;
};

export type TScoreFigures = Omit<TScoreResult, "predicates">;

export function toRecord(result: TScoreResult): TStoredScoreRecord {
  const nodes: TStoredScoreRecord["nodes"] = {};
  for (const [code, node] of Object.entries(result.nodes)) nodes[code] = [node.score, node.answered];
  const values: TStoredScoreRecord["values"] = {};
  for (const [code, item] of Object.entries(result.items)) if (item.value !== null) values[code] = item.value;
  const preconditions = confirmationsOf(result);
  return { format: RECORD_FORMAT, total: result.total, answered: result.answered, nodes, values, ...(preconditions ? { preconditions } : {}) };
}

/** The confirmations a result's predicates were checked with; undefined when none was given. */
function confirmationsOf(result: TScoreResult): Record<string, boolean | null> | undefined {
  const confirmations: Record<string, boolean | null> = {};
  let any = false;
  for (const predicate of result.predicates) {
    for (const { label, status } of predicate.preconditions) {
      if (status === "unconfirmed") continue;
      confirmations[label] = status === "confirmed";
      any = true;
    }
  }
  return any ? confirmations : undefined;
}

export function isCurrentRecord(json: unknown): json is TStoredScoreRecord {
  return typeof json === "object" && json !== null && (json as { format?: unknown }).format === RECORD_FORMAT;
}

/** The figures of every node and item, rebuilt from the record and the catalogue. */
export function figuresOf(catalogue: TCatalogue, record: TStoredScoreRecord): TScoreFigures {
  const nodes: Record<string, TNodeScore> = {};
  for (const { node } of listNodes(catalogue)) {
    const [score, answered] = record.nodes[node.code] ?? ["0", 0];
    nodes[node.code] = toNodeScore(node, { score: Rational.parse(score), answered, itemCount: itemCountOf(catalogue, node.code) });
  }
  const items: Record<string, TItemScore> = {};
  for (const { item, node } of listItems(catalogue)) {
    const value = record.values[item.code];
    const maxPoints = itemMaxPoints(node, item);
    const points = value === undefined ? ZERO : maxPoints.times(Rational.parse(value));
    items[item.code] = { code: item.code, value: value ?? null, points: points.toExact(), maxPoints: maxPoints.toExact() };
  }
  return { total: record.total, answered: record.answered, itemCount: listItems(catalogue).length, nodes, items };
}

/** What pages read: the figures, the predicates checked against them and the biggest gains. */
export function expandRecord(catalogue: TCatalogue, record: TStoredScoreRecord, gainsKept: number): TStoredScore {
  const figures = figuresOf(catalogue, record);
  const result = { ...figures, predicates: evaluatePredicates(catalogue, figures, record.preconditions) };
  return { ...result, gains: biggestGains(catalogue, result, gainsKept) };
}

const itemCounts = new WeakMap<TCatalogue, Map<string, number>>();

function itemCountOf(catalogue: TCatalogue, code: string): number {
  let counts = itemCounts.get(catalogue);
  if (!counts) {
    counts = new Map();
    for (const { node, ancestors } of listItems(catalogue)) {
      for (const holder of [...ancestors, node]) counts.set(holder.code, (counts.get(holder.code) ?? 0) + 1);
    }
    itemCounts.set(catalogue, counts);
  }
  return counts.get(code) ?? 0;
}
