"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-result";
import { carryForward } from "@/lib/carry-forward/carry-forward";
import { confirmCarried } from "@/lib/carry-forward/confirm-carried";

// Thin: runAction authenticates; the mutations check permission, status and window themselves.

/** "Mulai dari LKE tahun lalu" on an empty LKE. */
export async function carryForwardAction(input: unknown) {
  return runAction(async (user) => {
    const result = await carryForward(user, input);
    revalidatePath("/lke", "layout");
    return result;
  });
}

/** Confirms carried answers of one item or one area as they are. */
export async function confirmCarriedAction(input: unknown) {
  return runAction(async (user) => {
    const result = await confirmCarried(user, input);
    revalidatePath("/lke", "layout");
    return result;
  });
}
