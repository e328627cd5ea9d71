import type { TExact } from "@/lib/scoring/rational";
import type { TSurveyResults } from "@/lib/surveys/survey-results";

// What a unit publishes of a survey: aggregates only, never a response. A profile group is shown
// only with at least MIN_GROUP respondents, and a profile's breakdown only when what it leaves out
// (smaller groups and "not answered") is none or again at least MIN_GROUP: otherwise a small
// group's index could be worked out from the others and the overall index. Pure.

/** Fewest respondents a survey, or a profile group, needs before its index is made public. */
export const MIN_GROUP = 5;

/** The index each questionnaire yields, by its code without the edition ("SPAK-2021" -> IPAK). */
const INDEX_NAME: Record<string, string> = { SPAK: "IPAK", SPKP: "IPKP" };
export const indexNameOf = (code: string) => INDEX_NAME[code.split("-")[0]!] ?? `Indeks ${code}`;

export type TPublishedGroup = { key: string; label: string; count: number; index: TExact | null };

export type TPublishedSurveyResults = {
  code: string;
  indexName: string;
  title: string;
  respondents: number;
  overall: TExact | null;
  range: { min: number; max: number };
  questions: { code: string; text: string; index: TExact | null }[];
  /** Profiles whose breakdown protects respondents; the others are left out entirely. */
  profiles: { key: string; label: string; groups: TPublishedGroup[] }[];
  publishedAt: string;
};

export function toPublishedResults(
  survey: { code: string; title: string }, results: TSurveyResults, publishedAt: Date,
): TPublishedSurveyResults {
  const profiles = results.profiles.flatMap((profile) => {
    const groups = profile.groups.filter((group) => group.count >= MIN_GROUP);
    const leftOut = results.respondents - groups.reduce((total, group) => total + group.count, 0);
    if (!groups.length || (leftOut > 0 && leftOut < MIN_GROUP)) return [];
    return [{
      key: profile.key, label: profile.label,
      groups: groups.map((group) => ({ key: group.key, label: group.label, count: group.count, index: group.index?.toExact() ?? null })),
    }];
  });
  return {
    code: survey.code,
    indexName: indexNameOf(survey.code),
    title: survey.title,
    respondents: results.respondents,
    overall: results.overall?.toExact() ?? null,
    range: results.index,
    questions: results.questions.map((question) => ({ code: question.code, text: question.text, index: question.index?.toExact() ?? null })),
    profiles,
    publishedAt: publishedAt.toISOString(),
  };
}
