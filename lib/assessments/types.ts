import type { TGain, TNodeScore, TPredicateResult } from "@/lib/scoring/types";

/** An answer as the browser sees it. */
export type TAnswerDto = {
  itemId: string;
  optionKey: string | null;
  inputs: Record<string, number> | null;
  surveyIndex: number | null;
  narrative: string;
  value: number | null;
  version: number;
  updatedByName: string | null;
  updatedAt: string | null;
  /** Copied from last period's LKE and not yet confirmed or changed (lib/carry-forward). */
  carried: boolean;
  /** Why a carried answer needs a second look ("text", "options", "formula", "answer"). */
  recheck: string[];
};

/** What is stored per assessment and side, and read by every page instead of recomputing. */
export type TStoredScore = {
  total: number;
  answered: number;
  itemCount: number;
  nodes: Record<string, TNodeScore>;
  predicates: TPredicateResult[];
  gains: TGain[];
};

export type TScoreSummary = {
  total: number;
  answered: number;
  itemCount: number;
  nodes: Record<string, { score: number; answered: number }>;
  predicates: { code: string; scoreRequirementsMet: boolean; unmetCount: number }[];
};
