import type { TFormula, TItem } from "@/lib/scoring/types";
import { clamp01 } from "@/lib/scoring/compare";

// Excel formulas that reproduce the scoring engine (lib/scoring) cell by cell, so that editing an
// answer in Excel updates every score above it. Only functions every spreadsheet has (IF, SUM,
// MIN, MAX, COUNT, COUNTIF, AND): the file must compute in Excel, LibreOffice and Google Sheets.
// An unanswered item's value is "" (empty text), exactly like the engine's null.

/** A number as a formula literal: plain decimal notation, never exponent form. */
export function literal(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const text = String(value);
  return text.includes("e") ? value.toFixed(12).replace(/0+$/, "") : text;
}

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
const clamp = (expression: string) => `MIN(1,MAX(0,${expression}))`;

/**
 * Value 0..1 of an item from its answer cell (options, survey index) or its input cells (PERCENT).
 * `answer` is a cell like "E12"; `inputs` the input cells in the item's input order.
 */
export function valueFormula(item: TItem, answer: string, inputs: string[]): string {
  switch (item.answerType) {
    case "PERCENT":
      return item.formula ? percentFormula(item.formula, item, inputs) : `""`;
    case "SURVEY_INDEX_0_4":
      return `IF(${answer}="","",${clamp(`${answer}/4`)})`;
    default: {
      // Unknown text counts as unanswered, as in the engine; Excel compares text case-insensitively.
      let chain = `""`;
      for (const option of [...item.options].reverse()) chain = `IF(${answer}=${quoted(option.key)},${literal(option.value)},${chain})`;
      return `IF(${answer}="","",${chain})`;
    }
  }
}

function percentFormula(formula: TFormula, item: TItem, inputs: string[]): string {
  const cell = (key: string) => inputs[item.inputs.findIndex((input) => input.key === key)] ?? "0";
  const sum = (keys: string[]) => `SUM(${keys.map(cell).join(",")})`;
  // No count typed at all: unanswered. Any count typed: the others count as 0, as in the engine.
  const unanswered = `COUNT(${inputs.join(",")})=0`;
  if (formula.kind === "ratio") {
    const denominator = sum(formula.denominator);
    return `IF(${unanswered},"",IF(${denominator}=0,${literal(clamp01(formula.whenDenominatorZero))},${clamp(`${sum(formula.numerator)}/${denominator}`)}))`;
  }
  const previous = cell(formula.previous);
  const current = cell(formula.current);
  const { currentZero, currentPositive } = formula.whenPreviousZero;
  const whenZero = `IF(${current}=0,${literal(clamp01(currentZero))},${literal(clamp01(currentPositive))})`;
  return `IF(${unanswered},"",IF(${previous}=0,${whenZero},${clamp(`(${previous}-${current})/${previous}`)}))`;
}

/** Points of an item: its maximum points (the weight cell) times its value, 0 when unanswered. */
export function pointsFormula(valueCell: string, weightCell: string): string {
  return `IF(${valueCell}="",0,${valueCell}*${weightCell})`;
}

/** An item sharing its indicator's weight gets weight / number of sharing items. */
export function sharedWeightFormula(nodeWeightCell: string, sharedCount: number): string {
  return `${nodeWeightCell}/${sharedCount}`;
}

export function sumFormula(cells: string[]): string {
  return cells.length ? `SUM(${cells.join(",")})` : "0";
}
