"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-result";
import { addUserRole, createUser, removeUserRole, setUserActive, updateUser } from "@/lib/accounts/user-mutations";

// Thin: runAction authenticates and types the errors; the mutations authorise and validate.

/** Invites a new user to the agency (an email with a link to set the password). */
export async function createUserAction(input: unknown) {
  return runAction((user) => createUser(user, input));
}

export async function updateUserAction(input: unknown) {
  const result = await runAction((user) => updateUser(user, input));
  revalidatePath("/admin/pengguna", "layout");
  return result;
}

/** Deactivates (ending every session) or reactivates an account. */
export async function setUserActiveAction(input: unknown) {
  const result = await runAction((user) => setUserActive(user, input));
  revalidatePath("/admin/pengguna", "layout");
  return result;
}

export async function addUserRoleAction(input: unknown) {
  const result = await runAction((user) => addUserRole(user, input));
  revalidatePath("/admin/pengguna", "layout");
  return result;
}

export async function removeUserRoleAction(input: unknown) {
  const result = await runAction((user) => removeUserRole(user, input));
  revalidatePath("/admin/pengguna", "layout");
  return result;
}
