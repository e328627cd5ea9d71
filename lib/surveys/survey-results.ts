import { likertIndex } from "@/lib/scoring/likert";
import { Rational, sum } from "@/lib/scoring/rational";
import type { TCatalogue, TItem, TQuestionnaireRules } from "@/lib/scoring/types";
import { listItems } from "@/lib/scoring/catalogue-walk";

// The results of a survey, exactly: per question, the mean of its points converted to the index
// (lib/scoring/likert.ts); overall, the mean of the question indices (every response answers every
// question, so this is also the mean of all answers' indices). Rounded only where shown. Pure.

export type TResponseData = { answers: Record<string, number>; profile: Record<string, string> };

export type TQuestionResult = {
  code: string;
  text: string;
  /** Mean point on the item's own scale, exact; null without responses. */
  mean: Rational | null;
  index: Rational | null;
  /** Responses per point, min..max. */
  distribution: { point: number; label: string; count: number }[];
};

export type TProfileGroup = { key: string; label: string; count: number; index: Rational | null };

export type TSurveyResults = {
  respondents: number;
  overall: Rational | null;
  index: TQuestionnaireRules["index"];
  questions: TQuestionResult[];
  profiles: { key: string; label: string; groups: TProfileGroup[]; unanswered: number }[];
};

export function surveyItems(catalogue: TCatalogue): TItem[] {
  return listItems(catalogue).map(({ item }) => item).filter((item) => item.answerType === "LIKERT" && item.scale);
}

export function computeSurveyResults(catalogue: TCatalogue, responses: readonly TResponseData[]): TSurveyResults {
  const rules = catalogue.questionnaire;
  if (!rules) throw new Error(`${catalogue.code} is not a questionnaire`);
  const items = surveyItems(catalogue);
  const questions = items.map((item) => questionResult(item, rules, responses));
  return {
    respondents: responses.length,
    overall: overallIndex(items, rules, responses),
    index: rules.index,
    questions,
    profiles: rules.profile.map((field) => {
      const groups = field.options.map((option) => {
        const members = responses.filter((response) => response.profile[field.key] === option.key);
        return { key: option.key, label: option.label, count: members.length, index: overallIndex(items, rules, members) };
      });
      const answered = groups.reduce((total, group) => total + group.count, 0);
      return { key: field.key, label: field.label, groups, unanswered: responses.length - answered };
    }),
  };
}

function questionResult(item: TItem, rules: TQuestionnaireRules, responses: readonly TResponseData[]): TQuestionResult {
  const scale = item.scale!;
  const points = responses.map((response) => response.answers[item.code]).filter((point): point is number => typeof point === "number");
  const mean = points.length ? Rational.of(BigInt(points.reduce((a, b) => a + b, 0)), BigInt(points.length)) : null;
  return {
    code: item.code,
    text: item.text,
    mean,
    index: mean ? likertIndex(scale, rules.index, mean) : null,
    distribution: scale.labels.map((label, i) => ({ point: scale.min + i, label, count: points.filter((p) => p === scale.min + i).length })),
  };
}

/** Mean of the question indices over these responses; null for none. */
function overallIndex(items: TItem[], rules: TQuestionnaireRules, responses: readonly TResponseData[]): Rational | null {
  const indices = items.map((item) => questionResult(item, rules, responses).index).filter((index): index is Rational => index !== null);
  if (!indices.length) return null;
  return sum(indices).dividedBy(Rational.of(BigInt(indices.length)));
}
