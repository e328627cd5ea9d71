// Thresholds are compared exactly: scores are rationals (lib/scoring/rational.ts), so a value
// exactly at a threshold meets it and any value below it, however close, does not.
import { Rational, type TExact } from "@/lib/scoring/rational";

export function reaches(actual: TExact, required: TExact): boolean {
  return Rational.parse(actual).compare(Rational.parse(required)) >= 0;
}
