"use server";

import { runAction } from "@/lib/action-result";
import { createStep, deleteStep, updateStep } from "@/lib/plans/step-mutations";
import { cancelRealisation, realiseStep } from "@/lib/plans/realise-step";
import { attachPlanFile } from "@/lib/plans/attach-plan-file";
import { saveMonevNote } from "@/lib/plans/monev";

// Files a step produced stream through app/api/rencana-aksi/unggah; the rest are server actions.
// Each checks the session and authorises again inside.

/** Adds a langkah aksi to an indicator of the unit's plan. */
export async function createStepAction(input: unknown) {
  return runAction((user) => createStep(user, input));
}

/** Changes a langkah aksi (refused when someone changed it since). */
export async function updateStepAction(input: unknown) {
  return runAction((user) => updateStep(user, input));
}

export async function deleteStepAction(input: unknown) {
  return runAction((user) => deleteStep(user, input));
}

/** Marks a step done for a month with a note. */
export async function realiseStepAction(input: unknown) {
  return runAction((user) => realiseStep(user, input));
}

export async function cancelRealisationAction(input: unknown) {
  return runAction((user) => cancelRealisation(user, input));
}

/** One click on an LKE item: a plan step's file becomes its bukti dukung. */
export async function attachPlanFileAction(input: unknown) {
  return runAction((user) => attachPlanFile(user, input));
}

export async function saveMonevNoteAction(input: unknown) {
  return runAction((user) => saveMonevNote(user, input));
}
