import { afterEach, beforeEach } from "vitest";
import { clock } from "@/lib/clock";

/** Freezes lib/clock at `iso` for every test of the file and restores the real clock after each. */
export function useFixedClock(iso: string) {
  const realNow = clock.now;
  const at = new Date(iso);
  beforeEach(() => {
    clock.now = () => at;
  });
  afterEach(() => {
    clock.now = realNow;
  });
  return at;
}
