import { randomUUID } from "node:crypto";

// Storage keys are ours: generated from ids we issued, so no user input ever reaches a path.
const KEY_PATTERN = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/;
const MAX_KEY_LENGTH = 512;

/** A fresh key for one stored file of an assessment: assessments/<assessmentId>/<uuid>. */
export function newStorageKey(assessmentId: string): string {
  return assertStorageKey(`assessments/${assessmentId}/${randomUUID()}`);
}

/** Refuses anything that is not a plain key (no "..", no absolute paths, no odd characters). */
export function assertStorageKey(key: string): string {
  if (key.length > MAX_KEY_LENGTH || !KEY_PATTERN.test(key)) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
  return key;
}
