// Scoring of an index instrument (PEKPPP, seed 004), exactly per DOMAIN.md. Pure: no I/O.
//   aspect value  = mean of its indicators' F-02 levels (0-5)
//   F-02 index    = sum of aspect value x aspect weight
//   F-03 index    = mean of all service users' responses (1-5)
//   IPP           = F-02 share x F-02 index + F-03 share x F-03 index (75% / 25%)
//   category      = the catalogue's category whose inclusive bounds hold the IPP rounded half up
//                   to the catalogue's decimals (two: 1.00 is F, 1.01 is E, as the seed prints them)
import { Rational, sum, ZERO } from "@/lib/scoring/rational";
import type { TCatalogue, TCategoryRule, TExact, TIndexResultRules, TItem, TNode } from "@/lib/scoring/types";

/** The F-02 level (0..5) per F-02 item code; a missing code is an indicator not scored yet. */
export type TLevels = ReadonlyMap<string, number> | Record<string, number>;

/** The service users' answers in total: their sum and how many there are. */
export type TSurveyTotals = { sum: number; count: number };

export type TAspectScore = {
  code: string;
  title: string;
  weight: number;
  /** Mean of the scored indicators' levels (0 when none is scored). */
  value: TExact;
  /** value x weight: the aspect's part of the F-02 index. */
  weighted: TExact;
  scored: number;
  indicatorCount: number;
};

export type TIndexResult = {
  aspects: TAspectScore[];
  formIndex: TExact;
  /** Null while there is no F-03 response. */
  surveyIndex: TExact | null;
  /** IPP; null while the F-03 index is missing. */
  value: TExact | null;
  category: TCategoryRule | null;
  /** Every indicator has a level. */
  complete: boolean;
  scored: number;
  indicatorCount: number;
};

/** Every F-02 item of the catalogue with its indicator and aspect, in catalogue order. */
export function listScoredItems(catalogue: TCatalogue): { aspect: TNode; indicator: TNode; item: TItem }[] {
  return catalogue.components.flatMap((aspect) =>
    aspect.children.flatMap((indicator) =>
      indicator.items.filter((item) => item.form === "F-02").map((item) => ({ aspect, indicator, item }))));
}

export function resultRulesOf(catalogue: TCatalogue): TIndexResultRules {
  if (!catalogue.results) throw new Error(`catalogue ${catalogue.code} has no index result rules`);
  return catalogue.results;
}

/**
 * `toIndex` converts the mean F-03 answer to the index as the questionnaire's rules say (linear;
 * on the shipped 1-5 scale with a 1-5 index it is the mean itself, the default).
 */
export function scoreIndex(catalogue: TCatalogue, levels: TLevels, survey: TSurveyTotals | null, toIndex: (mean: Rational) => Rational = (mean) => mean): TIndexResult {
  const rules = resultRulesOf(catalogue);
  const levelOf = (code: string) => (levels instanceof Map ? levels.get(code) : (levels as Record<string, number>)[code]);
  const aspects = catalogue.components.map((aspect): TAspectScore => {
    const items = listScoredItems({ ...catalogue, components: [aspect] }).map(({ item }) => levelOf(item.code));
    const given = items.filter((level): level is number => level !== undefined).map((level) => Rational.of(BigInt(level)));
    const value = given.length ? sum(given).dividedBy(Rational.of(BigInt(given.length))) : ZERO;
    const weighted = value.times(Rational.fromNumber(aspect.weight));
    return { code: aspect.code, title: aspect.title, weight: aspect.weight, value: value.toExact(), weighted: weighted.toExact(), scored: given.length, indicatorCount: items.length };
  });
  const formIndex = sum(aspects.map((aspect) => Rational.parse(aspect.weighted)));
  const surveyIndex = survey && survey.count > 0 ? toIndex(Rational.ratio(survey.sum, survey.count)) : null;
  const value = surveyIndex
    ? formIndex.times(Rational.fromNumber(rules.forms.F02)).plus(surveyIndex.times(Rational.fromNumber(rules.forms.F03)))
    : null;
  const scored = aspects.reduce((total, aspect) => total + aspect.scored, 0);
  const indicatorCount = aspects.reduce((total, aspect) => total + aspect.indicatorCount, 0);
  return {
    aspects,
    formIndex: formIndex.toExact(),
    surveyIndex: surveyIndex?.toExact() ?? null,
    value: value?.toExact() ?? null,
    category: value ? categoryOf(rules, value) : null,
    complete: scored === indicatorCount,
    scored,
    indicatorCount,
  };
}

/** The category whose inclusive bounds hold the index rounded half up to the rules' decimals. */
export function categoryOf(rules: TIndexResultRules, index: Rational): TCategoryRule | null {
  const shown = Rational.parse(index.toFixed(rules.categoryDecimals));
  return rules.categories.find((category) =>
    Rational.fromNumber(category.min).compare(shown) <= 0 && shown.compare(Rational.fromNumber(category.max)) <= 0) ?? null;
}
