// The scoring engine's contract. Pure data: no Prisma, no Next, no I/O.
// A catalogue version is immutable, so a TCatalogue can be cached for the life of a process.
// Catalogue numbers (weights, option values, thresholds) are decimals held in JS numbers; every
// computed figure is exact (TExact, lib/scoring/rational.ts) and rounded only for display.

import type { TExact } from "@/lib/scoring/rational";

export type { TExact };

export type TAnswerType =
  | "YA_TIDAK"
  | "ABC"
  | "ABCD"
  | "ABCDE"
  | "PERCENT"
  | "SURVEY_INDEX_0_4"
  /** A questionnaire statement answered on a scale (1-4 by default); see TLikertScale. */
  | "LIKERT"
  /** PEKPPP F-02: the evaluator's level 0-5, each level described per indicator (options "0".."5"). */
  | "SCALE_0_5"
  /** PEKPPP F-01 self-assessment types: information for the evaluators, never scored. */
  | "CHOICE"
  | "MULTI_CHOICE"
  | "COUNT"
  | "TEXT";

/** PEKPPP forms: F-01 the unit's self-assessment (not scored), F-02 the evaluators' scores. */
export type TItemForm = "F-01" | "F-02";

export type TNodeKind = "component" | "part" | "area" | "indicator";

export type TOption = { key: string; label: string; value: number };

export type TPercentInput = { key: string; label: string };

export type TRatioFormula = {
  kind: "ratio";
  numerator: string[];
  denominator: string[];
  /** Value when the denominator sums to 0 (1 for complaints and wealth reports). */
  whenDenominatorZero: number;
};

export type TDecreaseFormula = {
  kind: "decrease";
  previous: string;
  current: string;
  /** Edge rule when previous = 0: the value for current = 0 and for current > 0. */
  whenPreviousZero: { currentZero: number; currentPositive: number };
};

export type TFormula = TRatioFormula | TDecreaseFormula;

/** sum(parts) <= sum(total): counts that are part of another count (validation only, no score). */
export type TInputConstraint = {
  kind: "partsWithinTotal";
  parts: string[];
  total: string[];
  message?: string;
};

export type TItem = {
  code: string;
  /** Stable identity across catalogue versions; absent means the code (see itemKey). */
  key?: string;
  text: string;
  answerType: TAnswerType;
  /** Own weight (Hasil items): contributes weight x value instead of sharing the node weight. */
  weight: number | null;
  options: TOption[];
  inputs: TPercentInput[];
  formula: TFormula | null;
  /** Rules between a PERCENT item's inputs (absent in catalogues stored before they existed). */
  constraints?: TInputConstraint[];
  guidance: string;
  /** Documents the catalogue expects as bukti dukung (may be empty). */
  expectedEvidence: string[];
  /** PEKPPP only: the form the item belongs to (absent in LKE catalogues). */
  form?: TItemForm;
  /** LIKERT items only: the scale the respondent answers on. */
  scale?: TLikertScale;
};

/** Whole-number points min..max, one label per point (labels[0] names min). */
export type TLikertScale = { min: number; max: number; labels: string[] };

/** What a catalogue measures. Absent means the LKE ZI (catalogues stored before kinds existed). */
export type TInstrument = "LKE_ZI" | "QUESTIONNAIRE" | "PEKPPP";
/** The instruments an assessment can be of (a questionnaire serves one of them). */
export type TServedInstrument = Exclude<TInstrument, "QUESTIONNAIRE">;

/** One optional question about the respondent (age group, sex, education, service used). */
export type TProfileField = { key: string; label: string; options: { key: string; label: string }[] };

/**
 * The result rules of a questionnaire, as data: how the mean answer converts to the index
 * (linearly from the item's scale onto index.min..index.max, so a 1-6 survey still gives a 1-4
 * index) and which LKE item (by code) the overall index may fill.
 */
export type TQuestionnaireRules = {
  index: { min: number; max: number };
  /** Code of the LKE item (SURVEY_INDEX_0_4) the overall index feeds, e.g. "B.I.a"; null for none. */
  feedsItem: string | null;
  /** The instruments whose assessments may run it: a unit's survey page offers only these. */
  serves: TServedInstrument[];
  /** Respondents the unit should reach by default (the unit may change it per survey). */
  targetSample: number;
  profile: TProfileField[];
};

export type TNode = {
  code: string;
  kind: TNodeKind;
  title: string;
  weight: number;
  children: TNode[];
  items: TItem[];
};

export type TNodeMinimum = { code: string; label: string; min: number };

export type TPredicateRule = {
  code: string; // "WBK" | "WBBM"
  label: string;
  totalMin: number;
  /** Every node of kind "area" must reach this share of its weight (Pemenuhan and Reform separately). */
  areaMinShareOfWeight: number;
  /** Minimum score of a node or an item (item score = its points), e.g. B.I >= 18.25. */
  nodeMinimums: TNodeMinimum[];
  /** Confirmed by the evaluator; not computable from answers. */
  preconditions: string[];
};

/** One result category of an index (PEKPPP: F "Gagal" 0-1.00 ... A "Pelayanan Prima" 4.51-5.00). */
export type TCategoryRule = {
  code: string;
  label: string;
  /** Inclusive bounds on the index rounded half up to `categoryDecimals` decimals. */
  min: number;
  max: number;
  /** "Prioritas pembinaan" (D, E, F). */
  priority: boolean;
  /** Earns the certificate (A, "Pelayanan Prima"). */
  award: boolean;
  description: string;
};

/** Result rules of an index instrument (PEKPPP), as data of the catalogue version. */
export type TIndexResultRules = {
  /** Share of each form in the final index: IPP = F02 x 0.75 + F03 x 0.25. */
  forms: { F02: number; F03: number };
  minEvaluators: number;
  categoryDecimals: number;
  categories: TCategoryRule[];
  /** Code of the questionnaire catalogue the service users answer as F-03 (scale 1-5). */
  surveyCatalogue: string;
};

export type TCatalogue = {
  /** Only present for other instruments than the LKE, so LKE catalogues keep their checksum. */
  instrument?: TInstrument;
  /** Questionnaires only. */
  questionnaire?: TQuestionnaireRules;
  code: string;
  title: string;
  regulation: string;
  components: TNode[];
  /** LKE predicates (WBK, WBBM); empty for an index instrument. */
  predicates: TPredicateRule[];
  /** Index instruments only (PEKPPP). */
  results?: TIndexResultRules;
};

/** One answer as stored. Only the field matching the item's answer type is read. */
export type TAnswer = {
  /** Option key, or for a LIKERT item the chosen point as text ("3"). */
  optionKey?: string | null;
  inputs?: Record<string, number> | null;
  surveyIndex?: number | null;
};

export type TAnswers = ReadonlyMap<string, TAnswer> | Record<string, TAnswer>;

export type TItemScore = {
  code: string;
  /** Normalised value 0..1, or null when unanswered. */
  value: TExact | null;
  /** Points this item adds to the total. */
  points: TExact;
  /** Points it would add with the best answer. */
  maxPoints: TExact;
};

export type TNodeScore = {
  code: string;
  kind: TNodeKind;
  title: string;
  weight: number;
  score: TExact;
  /** score / weight (0 when weight is 0). */
  share: TExact;
  answered: number;
  itemCount: number;
};

export type TRequirementResult = {
  key: string;
  label: string;
  actual: TExact;
  required: TExact;
  /** actual >= required, compared exactly. */
  met: boolean;
};

export type TPreconditionStatus = "confirmed" | "failed" | "unconfirmed";

export type TPredicateResult = {
  code: string;
  label: string;
  /** Every score requirement met (preconditions are reported separately). */
  scoreRequirementsMet: boolean;
  /** Score requirements met and every precondition confirmed. */
  met: boolean;
  requirements: TRequirementResult[];
  unmet: TRequirementResult[];
  preconditions: { label: string; status: TPreconditionStatus }[];
};

export type TScoreResult = {
  total: TExact;
  answered: number;
  itemCount: number;
  nodes: Record<string, TNodeScore>;
  items: Record<string, TItemScore>;
  predicates: TPredicateResult[];
};

export type TGain = {
  itemCode: string;
  /** The area (or part, for Hasil) the item belongs to. */
  groupCode: string;
  value: TExact | null;
  gain: TExact;
  reason: "unanswered" | "weak";
};
