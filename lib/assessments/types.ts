import type { TExact, TGain, TScoreResult } from "@/lib/scoring/types";

/** An answer as the browser sees it. */
export type TAnswerDto = {
  itemId: string;
  optionKey: string | null;
  inputs: Record<string, number> | null;
  surveyIndex: number | null;
  narrative: string;
  /** Exact value 0..1 (lib/scoring/rational.ts); null when unanswered. */
  value: TExact | null;
  version: number;
  updatedByName: string | null;
  updatedAt: string | null;
  /** Copied from last period's LKE and not yet confirmed or changed (lib/carry-forward). */
  carried: boolean;
  /** Why a carried answer needs a second look ("text", "options", "formula", "answer"). */
  recheck: string[];
};

/**
 * What is stored per assessment and side (AssessmentScore.result), and read by every page instead
 * of recomputing: the engine's whole exact result plus the biggest gains. A save re-scores one item
 * from it (lib/scoring/rescore-item.ts).
 */
export type TStoredScore = TScoreResult & { gains: TGain[] };

export type TScoreSummary = {
  total: TExact;
  answered: number;
  itemCount: number;
  nodes: Record<string, { score: TExact; answered: number }>;
  predicates: { code: string; scoreRequirementsMet: boolean; unmetCount: number }[];
};
