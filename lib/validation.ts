import { ZodError, type ZodType } from "zod";
import { ValidationError } from "@/lib/errors";

/** Parses input with a shared zod schema; failures become a typed ValidationError (Indonesian). */
export function parseInput<T>(schema: ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw toValidationError(parsed.error);
}

export function toValidationError(error: ZodError) {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.join(".") || "_"] ??= issue.message;
  return new ValidationError(error.issues[0]?.message ?? "Data tidak valid.", fieldErrors);
}
