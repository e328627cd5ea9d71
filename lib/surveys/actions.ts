"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-result";
import { applySurveyIndex } from "@/lib/surveys/apply-to-hasil";
import { createSurvey, generateSurveyTokens, setSurveyStatus } from "@/lib/surveys/mutations";

// Thin: each checks the session and authorises again inside (lib/surveys/mutations.ts).

/** Creates the unit's survey of one questionnaire for its LKE of the period. */
export async function createSurveyAction(input: unknown) {
  return runAction((user) => createSurvey(user, input));
}

/** Opens or closes the survey to respondents. */
export async function setSurveyStatusAction(input: unknown) {
  return runAction((user) => setSurveyStatus(user, input));
}

/** Adds single-use tokens to hand out. */
export async function generateSurveyTokensAction(input: unknown) {
  return runAction((user) => generateSurveyTokens(user, input));
}

/** Takes the survey's overall index into its Hasil item (B.I.a / B.II.a), recomputing the scores. */
export async function applySurveyIndexAction(input: unknown) {
  return runAction(async (user) => {
    const saved = await applySurveyIndex(user, input);
    revalidatePath("/lke", "layout");
    return { surveyIndex: saved.answer.surveyIndex, version: saved.answer.version };
  });
}
