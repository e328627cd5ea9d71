import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeSurvey } from "@/lib/access/survey-access";
import { saveAnswer, type TSaveAnswerResult } from "@/lib/assessments/save-answer";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCatalogue } from "@/lib/catalogue/queries";
import { InvalidStateError } from "@/lib/errors";
import { formatScore } from "@/lib/format";
import { parseInput } from "@/lib/validation";
import { ZApplySurveyIndex } from "@/lib/surveys/schemas";
import { loadSurveyResults } from "@/lib/surveys/queries";

/**
 * The unit's deliberate act: the survey's overall index, rounded once (two decimals, half up, as
 * survey reports publish it), becomes the answer of the LKE item it feeds (IPAK -> B.I.a,
 * IPKP -> B.II.a) through the ordinary save path: its version check, its rules on who may write
 * when, its audit event and the stored scores' recomputation. The answer names the survey as its
 * source until someone types a value by hand.
 */
export async function applySurveyIndex(user: TSessionUser, rawInput: unknown): Promise<TSaveAnswerResult> {
  const input = parseInput(ZApplySurveyIndex, rawInput);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeSurvey(user, input.surveyId, "survey.manage", { tx, lock: true });
    const { catalogue } = await getCatalogue(access.survey.catalogueVersionId);
    const feeds = catalogue.questionnaire?.feedsItem;
    if (!feeds) throw new InvalidStateError("Kuesioner ini tidak mengisi butir LKE.");
    const lke = await getCatalogue(access.assessment.catalogueVersionId);
    const itemId = lke.itemIdByCode.get(feeds);
    const item = itemId ? lke.itemsById.get(itemId)?.item : undefined;
    if (!itemId || item?.answerType !== "SURVEY_INDEX_0_4") throw new InvalidStateError(`Butir ${feeds} tidak ada pada LKE ini sebagai indeks survei.`);
    const { index } = catalogue.questionnaire!;
    if (index.min < 0 || index.max > 4) throw new InvalidStateError("Indeks kuesioner ini tidak berskala 0-4, sehingga tidak dapat mengisi LKE.");

    const results = await loadSurveyResults(access, tx);
    if (!results.overall) throw new InvalidStateError("Survei belum memiliki responden; indeks belum dapat diambil.");
    const surveyIndex = Number(results.overall.toFixed(2));
    const current = await tx.answer.findUnique({ where: { assessmentId_side_itemId: { assessmentId: access.assessment.id, side: "SELF", itemId } }, select: { narrative: true } });
    const narrative = current?.narrative || `Indeks ${formatScore(surveyIndex)} dari ${catalogue.title}, ${results.respondents} responden.`;

    const saved = await saveAnswer(user, { assessmentId: access.assessment.id, itemId, expectedVersion: input.expectedVersion, answer: { surveyIndex }, narrative }, "SELF", tx);
    await tx.answer.update({ where: { assessmentId_side_itemId: { assessmentId: access.assessment.id, side: "SELF", itemId } }, data: { sourceSurveyId: access.survey.id } });
    await recordAudit(tx, {
      actorId: user.id, action: "survey.apply", entityType: "Survey", entityId: access.survey.id, assessmentId: access.assessment.id, itemId,
      after: { item: feeds, surveyIndex, exactIndex: results.overall.toExact(), respondents: results.respondents },
    });
    return saved;
  });
}
