import "server-only";
import { ZodError } from "zod";
import { AppError, ConflictError, DatabaseUnavailableError, UnauthenticatedError, UnavailableError, ValidationError } from "@/lib/errors";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { toValidationError } from "@/lib/validation";
import { getSessionUser, type TSessionUser } from "@/lib/auth/session";
import { logger, type TLogger } from "@/lib/log/logger";
import { currentRequestLogger } from "@/lib/log/request-logger";

export type TActionError = {
  ok: false;
  code: AppError["code"] | "INTERNAL";
  message: string;
  fieldErrors?: Record<string, string>;
  current?: unknown;
};
export type TActionResult<T> = { ok: true; data: T } | TActionError;

const GENERIC_MESSAGE = "Terjadi kesalahan pada server. Data Anda belum tersimpan; silakan coba lagi.";

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

/** The typed result of a failure; expected ones pass as they are, the rest are logged with their cause. */
export function toActionError(error: unknown, log: TLogger = logger): TActionError {
  if (error instanceof ZodError) error = toValidationError(error);
  // Typed errors keep their meaning even when their cause is a socket error (a cut upload).
  if (!(error instanceof AppError) && isDatabaseUnavailable(error)) error = new DatabaseUnavailableError(error);
  // Not a bug, but the operator must know: the cause goes to the log, the user gets "try again".
  if (error instanceof UnavailableError) log.warn({ err: error.cause, resource: error.resource }, `${error.resource} unavailable`);
  if (error instanceof AppError) {
    return {
      ok: false,
      code: error.code,
      message: error.message,
      ...(error instanceof ValidationError ? { fieldErrors: error.fieldErrors } : {}),
      ...(error instanceof ConflictError ? { current: error.current } : {}),
    };
  }
  log.error({ err: error }, "unexpected error");
  return { ok: false, code: "INTERNAL", message: GENERIC_MESSAGE };
}

export { parseInput } from "@/lib/validation";
