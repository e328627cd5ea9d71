"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-result";
import { createTemplateStep, deleteTemplateStep, updateTemplateStep } from "@/lib/plan-templates/mutations";
import { copyPlanToTemplate } from "@/lib/plan-templates/copy-plan";

// Thin: runAction authenticates; each mutation authorises on the template's agency itself.

const refreshed = async <T>(result: Promise<T>) => {
  const value = await result;
  revalidatePath("/admin/rencana-aksi");
  return value;
};

/** Adds a step to the agency's template for one indicator. */
export async function createTemplateStepAction(input: unknown) {
  return runAction((user) => refreshed(createTemplateStep(user, input)));
}

/** Changes a template step (refused when another admin changed it since). */
export async function updateTemplateStepAction(input: unknown) {
  return runAction((user) => refreshed(updateTemplateStep(user, input)));
}

export async function deleteTemplateStepAction(input: unknown) {
  return runAction((user) => refreshed(deleteTemplateStep(user, input)));
}

/** Adds every step of one unit's plan to the template. */
export async function copyPlanToTemplateAction(input: unknown) {
  return runAction((user) => refreshed(copyPlanToTemplate(user, input)));
}
