import { z, ZodError, type ZodType } from "zod";
import { ValidationError } from "@/lib/errors";

// zod's own messages (a field of the wrong type, a crafted request) in Indonesian too, on the
// server and in every form that shares a schema with it.
z.config(z.locales.id());

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

// Text rules shared by every schema. PostgreSQL cannot store NUL, and the other C0 control
// characters are never typed by a person: they come from pasted binary or a forged request.
// Tab, newline and carriage return are ordinary text.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CONTROL_CHARACTER_MESSAGE =
  "Teks berisi karakter kontrol yang tidak diizinkan (misalnya NUL). Hapus karakter tersebut, misalnya dengan mengetik ulang teksnya.";

export function isPlainText(value: string): boolean {
  return !CONTROL_CHARACTER.test(value);
}

/** Free text a person types: bounded, no control characters. `missing`: the message when it is absent. */
export function zText(max: number, tooLong: string, missing?: string) {
  return z.string(missing ? { error: missing } : undefined).max(max, tooLong).refine(isPlainText, CONTROL_CHARACTER_MESSAGE);
}

/** An id or code our own pages send: short and printable. */
export function zId(max = 100) {
  return z.string().min(1, "Kode data wajib diisi.").max(max, "Kode data tidak valid.").refine(isPlainText, "Kode data tidak valid.");
}
