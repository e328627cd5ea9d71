"use server";

import { runAction } from "@/lib/action-result";
import { transitionAssessment } from "@/lib/review/transitions";
import { setVerdict } from "@/lib/review/set-verdict";
import { addNote } from "@/lib/review/add-note";
import { confirmPrecondition } from "@/lib/review/confirm-precondition";
import { saveLheDraft } from "@/lib/review/lhe-store";
import { assignEvaluator, unassignEvaluator } from "@/lib/review/assignments";
import { copySelfAnswer } from "@/lib/review/copy-self-answer";
import { copyAreaSelfAnswers } from "@/lib/review/copy-area";

/** Submit, request revision, resubmit or finalise: the transition table decides who and when. */
export async function transitionAction(input: unknown) {
  return runAction((user) => transitionAssessment(user, input));
}

/** The evaluator accepts an item (taking the unit's answer when they gave none) or sends it back with a note. */
export async function setVerdictAction(input: unknown) {
  return runAction((user) => setVerdict(user, input));
}

/** "Salin jawaban unit": the unit's answer to one item becomes the TPI answer. */
export async function copySelfAnswerAction(input: unknown) {
  return runAction((user) => copySelfAnswer(user, input));
}

/** "Salin jawaban unit" for a whole area: copied and accepted in one transaction. */
export async function copyAreaSelfAnswersAction(input: unknown) {
  return runAction((user) => copyAreaSelfAnswers(user, input));
}

/** A note in an item's thread, by an evaluator or (during revision) by the unit. */
export async function addNoteAction(input: unknown) {
  return runAction((user) => addNote(user, input));
}

/** The evaluator decides a WBK/WBBM precondition (met or not) with the note it rests on. */
export async function confirmPreconditionAction(input: unknown) {
  return runAction((user) => confirmPrecondition(user, input));
}

/** The lead evaluator's edits of the LHE recommendations. */
export async function saveLheDraftAction(input: unknown) {
  return runAction((user) => saveLheDraft(user, input));
}

/** Admin: put an evaluator on a unit's assessment. */
export async function assignEvaluatorAction(input: unknown) {
  return runAction((user) => assignEvaluator(user, input));
}

/** Admin: take an evaluator off a unit's assessment. */
export async function unassignEvaluatorAction(input: unknown) {
  return runAction((user) => unassignEvaluator(user, input));
}
