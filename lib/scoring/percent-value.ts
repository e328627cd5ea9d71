import { clamp01, Rational, ZERO } from "@/lib/scoring/rational";
import type { TFormula } from "@/lib/scoring/types";

// Inputs are counts (jumlah). A key the unit left out counts as 0, like an empty spreadsheet cell.
function count(inputs: Record<string, number>, key: string): Rational {
  const value = inputs[key];
  return typeof value === "number" && Number.isFinite(value) ? Rational.fromNumber(value) : ZERO;
}

/** Exact value 0..1 of a PERCENT item; the edge rules come from the catalogue, not from here. */
export function percentValue(formula: TFormula, inputs: Record<string, number>): Rational {
  if (formula.kind === "ratio") {
    const sum = (keys: string[]) => keys.reduce((total, key) => total.plus(count(inputs, key)), ZERO);
    const denominator = sum(formula.denominator);
    if (denominator.isZero()) return clamp01(Rational.fromNumber(formula.whenDenominatorZero));
    return clamp01(sum(formula.numerator).dividedBy(denominator));
  }
  const previous = count(inputs, formula.previous);
  const current = count(inputs, formula.current);
  if (previous.isZero()) {
    const rule = formula.whenPreviousZero;
    return clamp01(Rational.fromNumber(current.isZero() ? rule.currentZero : rule.currentPositive));
  }
  return clamp01(previous.minus(current).dividedBy(previous));
}
