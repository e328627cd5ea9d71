"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-result";
import { addPeriodUnits, createPeriod, updatePeriodWindows } from "@/lib/periods/mutations";
import { archivePeriod, closePeriod, deletePeriod, restorePeriod } from "@/lib/periods/lifecycle";

// Thin: runAction authenticates; the mutations check the ADMIN role and the agency scope
// themselves (a page check does not extend to its actions).

/** Opens an evaluation period with its windows and participating units. */
export async function createPeriodAction(input: unknown) {
  return runAction(async (user) => {
    const result = await createPeriod(user, input);
    revalidatePath("/admin/periode");
    return result;
  });
}

/** Adds participating units to a period; units already in it are skipped. */
export async function addPeriodUnitsAction(input: unknown) {
  return runAction(async (user) => {
    const result = await addPeriodUnits(user, input);
    revalidatePath("/admin/periode", "layout");
    return result;
  });
}

/** Reschedules a period's self-assessment, TPI review, revision and final windows. */
export async function updatePeriodWindowsAction(input: unknown) {
  return runAction(async (user) => {
    const result = await updatePeriodWindows(user, input);
    revalidatePath("/admin/periode", "layout");
    return result;
  });
}

/** Closes a period: its schedule and participants can no longer change. */
export async function closePeriodAction(input: unknown) {
  return runAction(async (user) => revalidated(await closePeriod(user, input)));
}

/** Archives a closed or still empty period. */
export async function archivePeriodAction(input: unknown) {
  return runAction(async (user) => revalidated(await archivePeriod(user, input)));
}

/** Brings an archived period back, closed. */
export async function restorePeriodAction(input: unknown) {
  return runAction(async (user) => revalidated(await restorePeriod(user, input)));
}

/** Deletes a period nobody has worked in. */
export async function deletePeriodAction(input: unknown) {
  return runAction(async (user) => revalidated(await deletePeriod(user, input)));
}

async function revalidated<T>(result: T): Promise<T> {
  revalidatePath("/admin/periode", "layout");
  return result;
}
