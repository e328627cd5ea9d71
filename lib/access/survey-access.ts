import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SurveyStatus } from "@/lib/generated/prisma/enums";
import type { TSessionUser } from "@/lib/auth/load-user";
import type { TUnitPermission } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { assessmentRowSql, grantedSql, toAssessmentAccess, type TAssessmentAccess, type TAuthorizeOptions } from "@/lib/access/assessment-access";
import { seal, type TProof } from "@/lib/access/seal";

// A survey belongs to one unit's assessment for a period: it is scoped by that assessment's proof,
// loaded from the survey itself, never from an id the client pairs with it.

export type TSurveyRow = {
  id: string; slug: string; status: SurveyStatus; version: number; targetSample: number; tokenRequired: boolean; catalogueVersionId: string;
};

/** Proof that the user may read (survey.read) or manage (survey.manage) one survey. */
export type TSurveyAccess = TProof<"survey", { assessment: TAssessmentAccess; survey: TSurveyRow }>;

type TRow = Parameters<typeof toAssessmentAccess>[2];
type TSurveyColumns = {
  surveyId: string; slug: string; surveyStatus: SurveyStatus; surveyVersion: number; targetSample: number; tokenRequired: boolean; questionnaireId: string;
};

const SURVEY_FROM = Prisma.sql`FROM "Survey" s JOIN "Assessment" a ON a."id" = s."assessmentId"
  JOIN "Unit" u ON u."id" = a."unitId" JOIN "Period" p ON p."id" = a."periodId"`;

/** A survey with its assessment, the user's scope and the permission in one query; `lock` locks the survey. */
export async function authorizeSurvey(
  user: TSessionUser, surveyId: string, permission: TUnitPermission, options: TAuthorizeOptions = {},
): Promise<TSurveyAccess> {
  const columns = Prisma.sql`, s."id" AS "surveyId", s."slug", s."status"::text AS "surveyStatus", s."version" AS "surveyVersion",
    s."targetSample", s."tokenRequired", s."catalogueVersionId" AS "questionnaireId"`;
  const rows = await (options.tx ?? prisma).$queryRaw<(TRow & TSurveyColumns)[]>`
    ${assessmentRowSql(user, columns, SURVEY_FROM)}
    WHERE s."id" = ${surveyId} AND ${grantedSql(permission)}
    ${options.lock ? Prisma.sql`FOR UPDATE OF s` : Prisma.empty}`;
  const row = rows[0];
  if (!row) throw new NotFoundError("Survei tidak ditemukan.");
  const { surveyId: id, slug, surveyStatus, surveyVersion, targetSample, tokenRequired, questionnaireId, ...assessment } = row;
  return seal("survey", {
    assessment: toAssessmentAccess(user, permission, assessment),
    survey: { id, slug, status: surveyStatus, version: surveyVersion, targetSample, tokenRequired, catalogueVersionId: questionnaireId },
  });
}
