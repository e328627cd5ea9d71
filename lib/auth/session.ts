import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { readSessionToken } from "@/lib/auth/session-token";
import { loadSessionUser, type TSessionUser } from "@/lib/auth/load-user";

export type { TRoleScope, TSessionUser } from "@/lib/auth/load-user";

/** The signed-in user, or null when there is no cookie or its server-side session has ended. */
export const getSessionUser = cache(async (): Promise<TSessionUser | null> => {
  const token = await readSessionToken();
  return token ? loadSessionUser(token.userId, token.sessionId) : null;
});

/** For pages: a visitor without a session goes to the sign-in page. */
export async function requireUser(): Promise<TSessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/masuk");
  return user;
}
