import "server-only";
import { ZodError } from "zod";
import { AppError, ConflictError, DatabaseBusyError, DatabaseUnavailableError, UnavailableError, ValidationError } from "@/lib/errors";
import { databaseFailure } from "@/lib/database-unavailable";
import { toValidationError } from "@/lib/validation";
import { logger, type TLogger } from "@/lib/log/logger";

// Apart from runAction (lib/action-result.ts), which loads the session: routes and tests use this
// without the auth framework.

export type TActionError = {
  ok: false;
  code: AppError["code"] | "INTERNAL";
  message: string;
  fieldErrors?: Record<string, string>;
  current?: unknown;
};

const GENERIC_MESSAGE = "Terjadi kesalahan pada server. Data Anda belum tersimpan; silakan coba lagi.";

/** The typed result of a failure; expected ones pass as they are, the rest are logged with their cause. */
export function toActionError(error: unknown, log: TLogger = logger): TActionError {
  if (error instanceof ZodError) error = toValidationError(error);
  // Typed errors keep their meaning even when their cause is a socket error (a cut upload).
  if (!(error instanceof AppError)) {
    const failure = databaseFailure(error);
    if (failure) error = failure === "busy" ? new DatabaseBusyError(error) : new DatabaseUnavailableError(error);
  }
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

