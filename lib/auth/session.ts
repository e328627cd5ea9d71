import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/auth";
import { loadSessionUser, type TSessionUser } from "@/lib/auth/load-user";

export type { TRoleScope, TSessionUser } from "@/lib/auth/load-user";

/** The signed-in user, or null when there is no cookie or its server-side session has ended. */
export const getSessionUser = cache(async (): Promise<TSessionUser | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  const sessionId = session?.sessionId;
  return userId && sessionId ? loadSessionUser(userId, sessionId) : null;
});

/** For pages: a visitor without a session goes to the sign-in page. */
export async function requireUser(): Promise<TSessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/masuk");
  return user;
}
