import "server-only";
import { ZodError, type ZodType } from "zod";
import { AppError, ConflictError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { getSessionUser, type TSessionUser } from "@/lib/auth/session";

export type TActionError = {
  ok: false;
  code: AppError["code"] | "INTERNAL";
  message: string;
  fieldErrors?: Record<string, string>;
  current?: unknown;
};
export type TActionResult<T> = { ok: true; data: T } | TActionError;

const GENERIC_MESSAGE = "Terjadi kesalahan pada server. Data Anda belum tersimpan; silakan coba lagi.";

/** Parses input with the shared zod schema; the message names the first problem. */
export function parseInput<T>(schema: ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw toValidationError(parsed.error);
}

function toValidationError(error: ZodError) {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.join(".") || "_"] ??= issue.message;
  return new ValidationError(error.issues[0]?.message ?? "Data tidak valid.", fieldErrors);
}

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
    return toActionError(error);
  }
}

export function toActionError(error: unknown): TActionError {
  if (error instanceof ZodError) error = toValidationError(error);
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
