import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

// The ~49,000 most common passwords of public breach corpora (zxcvbn-ts), plus words Indonesian
// users pick that the list lacks. Compared case-insensitively: "Password123" is as weak as "password123".
const LOCAL = ["indonesia", "indonesia123", "bismillah", "bismillah123", "rahasia", "rahasia123", "katasandi", "katasandi123",
  "zonaintegritas", "zona integritas", "merdeka45", "jakarta123", "kejaksaan", "kejaksaan123", "sayang123", "qwerty12345"];

let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set([...(dictionary["passwords-common"] as string[]), ...LOCAL].map((p) => p.toLowerCase()));
  const lower = password.toLowerCase();
  return common.has(lower) || /^(.)\1+$/.test(password) || "01234567890123456789".includes(lower) || "abcdefghijklmnopqrstuvwxyz".includes(lower);
}

export const COMMON_PASSWORD_MESSAGE = "Kata sandi ini terlalu umum dan mudah ditebak. Pilih kata sandi lain, misalnya gabungan beberapa kata.";
