import type { TAnswer } from "@/lib/scoring/types";
import type { TAnswerDto } from "@/lib/assessments/types";

// How the browser treats a save that did not go through. Pure: shared by the autosave hook and
// its tests.

/** Failures that say something about the answer or the user's rights: retrying cannot help. */
const FINAL_CODES = new Set(["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "INVALID_STATE", "UNAUTHENTICATED", "CONFLICT"]);

/** A result code worth retrying with the same expected version (server busy or broken, e.g. INTERNAL). */
export function isTransientCode(code: string): boolean {
  return !FINAL_CODES.has(code);
}

const FIRST_DELAY_MS = 2_000;
const MAX_DELAY_MS = 60_000;

/** 2 s, 4 s, 8 s ... up to a minute, spread by ±20% so many browsers do not retry in step. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * Whether the answer stored on the server is exactly what this browser sent: then a conflict on a
 * retry only means the first attempt went through and its reply was lost.
 */
export function isSameAnswer(stored: TAnswerDto | null, sent: TAnswer, narrative: string): boolean {
  if (!stored) return false;
  return (
    (stored.optionKey ?? null) === (sent.optionKey ?? null) &&
    (stored.surveyIndex ?? null) === (sent.surveyIndex ?? null) &&
    sameCounts(stored.inputs, sent.inputs ?? null) &&
    stored.narrative === narrative
  );
}

function sameCounts(a: Record<string, number> | null, b: Record<string, number> | null) {
  if (a === null || b === null) return a === b;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
