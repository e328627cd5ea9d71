import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { createSurvey, setSurveyStatus } from "@/lib/surveys/mutations";
import { unsafeSubmitSurveyResponse } from "@/lib/surveys/submit-response";
import { bootstrapQuestionnaires } from "@/prisma/seed/bootstrap-catalogue";
import { resetDatabase } from "@/tests/support/db";
import { createWorld } from "@/tests/support/fixtures";

/** The shipped questionnaires' version ids (imported once; the template may hold them already). */
export async function questionnaireIds() {
  const [spak, spkp] = await bootstrapQuestionnaires();
  return { spak: spak.versionId, spkp: spkp.versionId };
}

/** A survey of `versionId` for `assessmentId`, opened by `user`. */
export async function openSurvey(user: TSessionUser, assessmentId: string, versionId: string, extra: { tokenRequired?: boolean; targetSample?: number } = {}) {
  const { surveyId } = await createSurvey(user, { assessmentId, catalogueVersionId: versionId, targetSample: extra.targetSample ?? 50, tokenRequired: extra.tokenRequired ?? false });
  await setSurveyStatus(user, { surveyId, status: "OPEN", expectedVersion: 1 });
  const { slug } = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId }, select: { slug: true } });
  return { surveyId, slug };
}

/** Answers keyed by item code from a list of points in catalogue order. */
export const answersOf = (prefix: string, points: number[]) => Object.fromEntries(points.map((point, i) => [`${prefix}.${i + 1}`, point]));

let addressCounter = 0;
/** A respondent on its own device and address (so no limit is reached unless a test wants it). */
export function respond(slug: string, body: unknown, client: { address?: string; deviceKey?: string } = {}) {
  return unsafeSubmitSurveyResponse(slug, body, {
    address: client.address ?? `10.0.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`,
    deviceKey: client.deviceKey ?? randomBytes(12).toString("hex"),
  });
}

/** A fresh test world (tests/support/fixtures.ts) with the shipped questionnaires. */
export async function surveyWorld() {
  await resetDatabase();
  const world = await createWorld();
  return { world, ids: await questionnaireIds() };
}
