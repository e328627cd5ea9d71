import "server-only";
import { cache } from "react";
import { prisma, type TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import type { TSurveyAccess } from "@/lib/access/survey-access";
import { getCatalogue } from "@/lib/catalogue/queries";
import { questionnaireServes } from "@/lib/surveys/questionnaire-serves";
import type { TCatalogue } from "@/lib/scoring/types";
import { computeSurveyResults, type TResponseData, type TSurveyResults } from "@/lib/surveys/survey-results";

// Reads of a unit's surveys, each through an access proof. The public form's read is unsafe...
// and returns only what a respondent sees.

export async function loadSurveyResults(access: TSurveyAccess, db: TTransaction | typeof prisma = prisma): Promise<TSurveyResults> {
  const [{ catalogue }, rows] = await Promise.all([
    getCatalogue(access.survey.catalogueVersionId),
    db.surveyResponse.findMany({ where: { surveyId: access.survey.id }, select: { answers: true, profile: true } }),
  ]);
  return computeSurveyResults(catalogue, rows as unknown as TResponseData[]);
}

/** The surveys of one LKE, and the questionnaires of its instrument it has none of yet. */
export const listAssessmentSurveys = cache(async (access: TAssessmentAccess) => {
  const [surveys, questionnaires, instrument] = await Promise.all([
    prisma.survey.findMany({
      where: { assessmentId: access.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true, slug: true, status: true, targetSample: true, tokenRequired: true,
        catalogueVersion: { select: { code: true, title: true } }, _count: { select: { responses: true } },
      },
    }),
    prisma.catalogueVersion.findMany({ where: { instrument: "QUESTIONNAIRE" }, orderBy: [{ code: "asc" }, { version: "desc" }], distinct: ["code"], select: { id: true, code: true, title: true, document: true } }),
    prisma.catalogueVersion.findUniqueOrThrow({ where: { id: access.catalogueVersionId }, select: { instrument: true } }).then((v) => v.instrument),
  ]);
  const used = new Set(surveys.map((s) => s.catalogueVersion.code));
  return {
    surveys: surveys.map(({ _count, catalogueVersion, ...survey }) => ({ ...survey, code: catalogueVersion.code, title: catalogueVersion.title, respondents: _count.responses })),
    available: questionnaires
      .map((q) => ({ ...q, rules: (q.document as Pick<TCatalogue, "questionnaire">).questionnaire }))
      .filter((q) => !used.has(q.code) && questionnaireServes(q.rules, instrument))
      .map(({ document: _document, rules, ...q }) => ({ ...q, targetSample: rules?.targetSample ?? 100 })),
  };
});

/** What the survey page shows the unit: settings, results, tokens, the LKE item it feeds. */
export async function getSurveyPage(access: TSurveyAccess) {
  const [{ catalogue }, lke, results, tokens, survey] = await Promise.all([
    getCatalogue(access.survey.catalogueVersionId),
    getCatalogue(access.assessment.catalogueVersionId),
    loadSurveyResults(access),
    prisma.surveyToken.groupBy({ by: ["usedAt"], where: { surveyId: access.survey.id }, _count: true }).then((groups) => ({
      total: groups.reduce((n, g) => n + g._count, 0), used: groups.filter((g) => g.usedAt).reduce((n, g) => n + g._count, 0),
    })),
    prisma.survey.findUniqueOrThrow({
      where: { id: access.survey.id },
      select: { openedAt: true, closedAt: true, createdAt: true, resultsPublished: true, resultsPublishedAt: true, publishedResults: true },
    }),
  ]);
  const feeds = catalogue.questionnaire?.feedsItem ?? null;
  const itemId = feeds ? lke.itemIdByCode.get(feeds) ?? null : null;
  const answer = itemId
    ? await prisma.answer.findUnique({
        where: { assessmentId_side_itemId: { assessmentId: access.assessment.id, side: "SELF", itemId } },
        select: { surveyIndex: true, version: true, sourceSurveyId: true, updatedAt: true },
      })
    : null;
  const { resultsPublished, resultsPublishedAt, publishedResults, ...dates } = survey;
  return {
    catalogue, results, tokens, ...dates,
    publication: resultsPublished && resultsPublishedAt
      ? { publishedAt: resultsPublishedAt, respondents: (publishedResults as { respondents?: number } | null)?.respondents ?? 0 }
      : null,
    hasil: feeds && itemId ? {
      code: feeds, itemId, sectionCode: lke.itemsById.get(itemId)?.group.code ?? null,
      currentIndex: answer?.surveyIndex === null || answer?.surveyIndex === undefined ? null : Number(answer.surveyIndex),
      version: answer?.version ?? 0, fromThisSurvey: answer?.sourceSurveyId === access.survey.id, updatedAt: answer?.updatedAt ?? null,
    } : null,
  };
}

/** The tokens of a survey for the printable list. */
export function listSurveyTokens(access: TSurveyAccess) {
  return prisma.surveyToken.findMany({ where: { surveyId: access.survey.id }, orderBy: { createdAt: "asc" }, select: { code: true, usedAt: true } });
}

/** Every response, oldest first, for the exports. */
export function listSurveyResponses(access: TSurveyAccess) {
  return prisma.surveyResponse.findMany({
    where: { surveyId: access.survey.id }, orderBy: { submittedAt: "asc" },
    select: { id: true, answers: true, profile: true, submittedAt: true, tokenId: true },
  });
}

/** Hasil items of this LKE whose index came from a survey: item id -> what to show as its source. */
export async function getSurveySources(access: TAssessmentAccess) {
  const rows = await prisma.answer.findMany({
    where: { assessmentId: access.id, side: "SELF", sourceSurveyId: { not: null } },
    select: { itemId: true, updatedAt: true, sourceSurvey: { select: { id: true, catalogueVersion: { select: { title: true } }, _count: { select: { responses: true } } } } },
  });
  return new Map(rows.filter((r) => r.sourceSurvey).map((r) => [r.itemId, {
    surveyId: r.sourceSurvey!.id, title: r.sourceSurvey!.catalogueVersion.title, respondentsNow: r.sourceSurvey!._count.responses, takenAt: r.updatedAt,
  }]));
}

/**
 * What a respondent sees at /survei/<slug>: the questionnaire, the unit and period, whether it is
 * open. Unsafe: no user; the unguessable slug is the only key, and nothing private is returned.
 */
export const unsafeGetPublicSurvey = cache(async (slug: string) => {
  const survey = await prisma.survey.findUnique({
    where: { slug },
    select: { slug: true, status: true, tokenRequired: true, catalogueVersionId: true, assessment: { select: { unit: { select: { name: true } }, period: { select: { name: true, year: true } } } } },
  });
  if (!survey) return null;
  const { catalogue } = await getCatalogue(survey.catalogueVersionId);
  return {
    slug: survey.slug, open: survey.status === "OPEN", tokenRequired: survey.tokenRequired,
    unitName: survey.assessment.unit.name, periodName: survey.assessment.period.name, year: survey.assessment.period.year, catalogue,
  };
});
