"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-result";
import { startPlan } from "@/lib/plans/start-plan";

/** "Mulai dari templat instansi" / "Mulai dari rencana tahun lalu" on the unit's plan. */
export async function startPlanAction(input: unknown) {
  return runAction(async (user) => {
    const result = await startPlan(user, input);
    revalidatePath("/lke", "layout");
    return result;
  });
}
