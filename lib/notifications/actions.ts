"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-result";
import { authorizeSelf } from "@/lib/access/self-access";
import { markNotificationsRead, setEmailPreference } from "@/lib/notifications/mutations";

/** Marks the user's notifications read (one, or all). */
export async function markReadAction(input: unknown) {
  const result = await runAction((user) => markNotificationsRead(authorizeSelf(user), input));
  revalidatePath("/", "layout");
  return result;
}

/** Turns email for one kind of notification on or off for the signed-in user. */
export async function setEmailPreferenceAction(input: unknown) {
  return runAction((user) => setEmailPreference(authorizeSelf(user), input));
}
