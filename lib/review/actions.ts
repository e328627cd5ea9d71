"use server";

import { runAction } from "@/lib/action-result";
import { transitionAssessment } from "@/lib/review/transitions";
import { setVerdict } from "@/lib/review/set-verdict";
import { addNote } from "@/lib/review/add-note";
import { confirmPrecondition } from "@/lib/review/confirm-precondition";
import { saveLheDraft } from "@/lib/review/lhe-store";
import { assignEvaluator, unassignEvaluator } from "@/lib/review/assignments";

/** Submit, request revision, resubmit or finalise: the transition table decides who and when. */
export async function transitionAction(input: unknown) {
  return runAction((user) => transitionAssessment(user, input));
}

/** The evaluator accepts an item or sends it back with a note. */
export async function setVerdictAction(input: unknown) {
  return runAction((user) => setVerdict(user, input));
}

/** A note in an item's thread, by an evaluator or (during revision) by the unit. */
export async function addNoteAction(input: unknown) {
  return runAction((user) => addNote(user, input));
}

/** The evaluator confirms a WBK/WBBM precondition. */
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
