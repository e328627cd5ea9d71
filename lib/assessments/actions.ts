"use server";

import { runAction } from "@/lib/action-result";
import { saveAnswer } from "@/lib/assessments/save-answer";

/** Autosave of one item of the unit's self-assessment. */
export async function saveAnswerAction(input: unknown) {
  return runAction((user) => saveAnswer(user, input, "SELF"));
}

/** Autosave of the evaluator's (TPI) own answer to one item. */
export async function saveEvaluatorAnswerAction(input: unknown) {
  return runAction((user) => saveAnswer(user, input, "EVALUATOR"));
}
