import "server-only";
import { UnauthenticatedError } from "@/lib/errors";
import { getSessionUser, type TSessionUser } from "@/lib/auth/session";
import { currentRequestLogger } from "@/lib/log/request-logger";
import { toActionError, type TActionError } from "@/lib/action-error";

export type { TActionError };
export type TActionResult<T> = { ok: true; data: T } | TActionError;

/**
 * Every server action runs through here: authenticates (a page check does not extend to its
 * actions), turns expected errors into a typed result and never lets a stack trace reach the
 * browser.
 */
export async function runAction<T>(body: (user: TSessionUser) => Promise<T>): Promise<TActionResult<T>> {
  try {
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    return { ok: true, data: await body(user) };
  } catch (error) {
    return toActionError(error, await currentRequestLogger());
  }
}

export { toActionError };
export { parseInput } from "@/lib/validation";
