import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/auth";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";

export type { TRoleScope, TSessionUser } from "@/lib/auth/load-user";

export const getSessionUser = cache(async (): Promise<TSessionUser | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? loadUser(userId) : null;
});

/** For pages: a visitor without a session goes to the sign-in page. */
export async function requireUser(): Promise<TSessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/masuk");
  return user;
}
