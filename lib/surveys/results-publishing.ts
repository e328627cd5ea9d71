import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeSurvey } from "@/lib/access/survey-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCatalogue } from "@/lib/catalogue/queries";
import { InvalidStateError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation";
import { markPublicChange } from "@/lib/public-pages/public-change";
import type { TPublishResult } from "@/lib/public-pages/types";
import { loadSurveyResults } from "@/lib/surveys/queries";
import { MIN_GROUP, toPublishedResults } from "@/lib/surveys/published-results";
import { ZSetSurveyResultsPublished } from "@/lib/surveys/schemas";

/**
 * "Publikasikan hasil" / "Tarik dari publikasi" of one survey: stores the aggregate results of this
 * moment (publishing again refreshes them) for the unit's public page, audited, with the public
 * change in the same transaction. The survey's unit comes from the survey: another unit's is not
 * found, and nothing is written.
 */
export async function setSurveyResultsPublished(user: TSessionUser, rawInput: unknown): Promise<TPublishResult> {
  const input = parseInput(ZSetSurveyResultsPublished, rawInput);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeSurvey(user, input.surveyId, "public.publish", { tx, lock: true });
    const current = await tx.survey.findUniqueOrThrow({ where: { id: access.survey.id }, select: { resultsPublished: true, publishedResults: true } });
    const audit = { actorId: user.id, entityType: "Survey", entityId: access.survey.id, assessmentId: access.assessment.id };
    if (input.published) {
      const [{ catalogue }, results] = await Promise.all([getCatalogue(access.survey.catalogueVersionId), loadSurveyResults(access, tx)]);
      if (results.respondents < MIN_GROUP) {
        throw new InvalidStateError(`Hasil survei baru dapat dipublikasikan setelah paling sedikit ${MIN_GROUP} responden, untuk melindungi responden.`);
      }
      const snapshot = toPublishedResults(catalogue, results, new Date());
      await tx.survey.update({
        where: { id: access.survey.id },
        data: { resultsPublished: true, resultsPublishedAt: new Date(snapshot.publishedAt), publishedResults: snapshot as unknown as Prisma.InputJsonValue },
      });
      await recordAudit(tx, {
        ...audit, action: "survey.results.publish",
        before: { published: current.resultsPublished }, after: { published: true, respondents: snapshot.respondents, overall: snapshot.overall },
      });
    } else if (current.resultsPublished) {
      await tx.survey.update({ where: { id: access.survey.id }, data: { resultsPublished: false, resultsPublishedAt: null, publishedResults: Prisma.DbNull } });
      await recordAudit(tx, { ...audit, action: "survey.results.unpublish", before: { published: true }, after: { published: false } });
    }
    const { unitId, slug } = await markPublicChange(tx, access.assessment);
    return { published: input.published, unitId, slug };
  });
}
