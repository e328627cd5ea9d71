"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-result";
import { recordAgreedScore } from "@/lib/pekppp/agreed-scores";
import { saveEvaluatorScore, submitEvaluatorScores } from "@/lib/pekppp/evaluator-scores";
import { finaliseIndex } from "@/lib/pekppp/finalise-index";

/** An evaluator saves their own F-02 level (and note) for one indicator. */
export async function saveEvaluatorScoreAction(input: unknown) {
  return runAction((user) => saveEvaluatorScore(user, input));
}

/** An evaluator sends their whole F-02: final, and now visible to the team lead. */
export async function submitEvaluatorScoresAction(input: unknown) {
  return runAction(async (user) => {
    const result = await submitEvaluatorScores(user, input);
    revalidatePath("/evaluasi", "layout");
    return result;
  });
}

/** The team lead records the agreed level of one indicator with its note. */
export async function recordAgreedScoreAction(input: unknown) {
  return runAction((user) => recordAgreedScore(user, input));
}

/** The team lead finalises: IPP and category stored, the evaluation locked. */
export async function finaliseIndexAction(input: unknown) {
  return runAction(async (user) => {
    const result = await finaliseIndex(user, input);
    revalidatePath("/", "layout");
    return result;
  });
}
