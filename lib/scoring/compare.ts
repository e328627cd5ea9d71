// Scores are sums of products of decimal weights, so a value that is exactly at a threshold on paper
// can land a few ulps below it in floating point (e.g. 17.5 x 0.9). Compare with a small tolerance.
export const SCORE_TOLERANCE = 1e-9;

export function reaches(actual: number, required: number): boolean {
  return actual >= required - SCORE_TOLERANCE;
}

export function clamp01(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(1, Math.max(0, value));
}
