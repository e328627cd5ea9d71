"use server";

import { auth } from "@/lib/auth/auth";
import { runAction } from "@/lib/action-result";
import { changePassword } from "@/lib/auth/change-password";

/** Changes the signed-in user's own password; this browser stays signed in, every other session ends. */
export async function changePasswordAction(input: { currentPassword: unknown; newPassword: unknown }) {
  return runAction(async (user) => {
    const session = await auth();
    return changePassword({ userId: user.id, keepSessionId: session?.sessionId, currentPassword: input.currentPassword, newPassword: input.newPassword });
  });
}
