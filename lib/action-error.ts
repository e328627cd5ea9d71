import "server-only";
import { ZodError } from "zod";
import { AppError, ConflictError, TransientError, ValidationError } from "@/lib/errors";
import { toValidationError } from "@/lib/validation";
import { isTransientDatabaseError } from "@/lib/transient-error";

export type TActionError = {
  ok: false;
  code: AppError["code"] | "INTERNAL";
  message: string;
  fieldErrors?: Record<string, string>;
  current?: unknown;
};

const GENERIC_MESSAGE = "Terjadi kesalahan pada server. Data Anda belum tersimpan; silakan coba lagi.";

/**
 * Expected errors become a typed result with their Indonesian message; a transient database
 * failure becomes TRANSIENT (the browser sends the same request again); anything else is logged
 * and the user gets a generic message, never a stack trace.
 */
export function toActionError(error: unknown): TActionError {
  if (error instanceof ZodError) error = toValidationError(error);
  if (isTransientDatabaseError(error)) {
    console.warn("[action] transient failure, the client may retry:", String((error as Error).message).split("\n")[0]);
    error = new TransientError();
  }
  if (error instanceof AppError) {
    return {
      ok: false,
      code: error.code,
      message: error.message,
      ...(error instanceof ValidationError ? { fieldErrors: error.fieldErrors } : {}),
      ...(error instanceof ConflictError ? { current: error.current } : {}),
    };
  }
  console.error("[action] unexpected error", error);
  return { ok: false, code: "INTERNAL", message: GENERIC_MESSAGE };
}
