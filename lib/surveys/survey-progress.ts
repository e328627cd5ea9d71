import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { dashboardUnitSql } from "@/lib/access/dashboard-access";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";

export const SURVEY_LIST_SIZE = 50;

export type TSurveyProgressRow = {
  assessmentId: string; surveyId: string; unitName: string; code: string; title: string; status: string; respondents: number; targetSample: number;
};
export type TSurveyProgress = { unitCount: number; unitsWithSurvey: number; open: number; rows: TSurveyProgressRow[] };

/**
 * Survey progress of the units of the period in the leader's scope (lib/access dashboard proof):
 * how many units run a survey, and per survey its respondents against its target, furthest behind first.
 */
export const getSurveyProgress = cache(async (context: TReadyContext): Promise<TSurveyProgress> => {
  const scoped = Prisma.sql`FROM "Assessment" a JOIN "Unit" u ON u."id" = a."unitId" AND ${dashboardUnitSql(context.access)} WHERE a."periodId" = ${context.period.id}`;
  const [counts] = await prisma.$queryRaw<{ unitCount: number; unitsWithSurvey: number; open: number }[]>`
    SELECT count(*)::int AS "unitCount",
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Survey" s WHERE s."assessmentId" = a."id"))::int AS "unitsWithSurvey",
           (SELECT count(*)::int FROM "Survey" s JOIN "Assessment" a2 ON a2."id" = s."assessmentId" JOIN "Unit" u ON u."id" = a2."unitId" AND ${dashboardUnitSql(context.access)}
             WHERE a2."periodId" = ${context.period.id} AND s."status" = 'OPEN') AS "open"
    ${scoped}`;
  const rows = await prisma.$queryRaw<TSurveyProgressRow[]>`
    SELECT a."id" AS "assessmentId", s."id" AS "surveyId", u."name" AS "unitName", c."code", c."title", s."status"::text AS "status",
           (SELECT count(*)::int FROM "SurveyResponse" r WHERE r."surveyId" = s."id") AS "respondents", s."targetSample"
    FROM "Survey" s JOIN "CatalogueVersion" c ON c."id" = s."catalogueVersionId" JOIN "Assessment" a ON a."id" = s."assessmentId"
    JOIN "Unit" u ON u."id" = a."unitId" AND ${dashboardUnitSql(context.access)}
    WHERE a."periodId" = ${context.period.id}
    ORDER BY (SELECT count(*) FROM "SurveyResponse" r WHERE r."surveyId" = s."id")::numeric / s."targetSample", u."name", c."code"
    LIMIT ${SURVEY_LIST_SIZE}`;
  return { ...(counts ?? { unitCount: 0, unitsWithSurvey: 0, open: 0 }), rows };
});
