import { clamp01 } from "@/lib/scoring/compare";
import type { TFormula } from "@/lib/scoring/types";

// Inputs are counts (jumlah). A key the unit left out counts as 0, like an empty spreadsheet cell.
function count(inputs: Record<string, number>, key: string): number {
  const value = inputs[key];
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

/** Value 0..1 of a PERCENT item; the edge rules come from the catalogue, not from here. */
export function percentValue(formula: TFormula, inputs: Record<string, number>): number {
  if (formula.kind === "ratio") {
    const sum = (keys: string[]) => keys.reduce((total, key) => total + count(inputs, key), 0);
    const denominator = sum(formula.denominator);
    if (denominator === 0) return clamp01(formula.whenDenominatorZero);
    return clamp01(sum(formula.numerator) / denominator);
  }
  const previous = count(inputs, formula.previous);
  const current = count(inputs, formula.current);
  if (previous === 0) {
    const rule = formula.whenPreviousZero;
    return clamp01(current === 0 ? rule.currentZero : rule.currentPositive);
  }
  return clamp01((previous - current) / previous);
}
