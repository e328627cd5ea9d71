import type { TAnswerValidation } from "@/lib/scoring/validate-answer";
import type { TInputConstraint, TItem, TPercentInput } from "@/lib/scoring/types";
import { formatInteger } from "@/lib/format";

// Counts of documents, staff or complaints in one unit: anything above ten million is a typing
// mistake (a unit has at most tens of thousands of staff, cases or complaints a year).
export const MAX_PERCENT_INPUT = 10_000_000;

const isEmpty = (value: unknown) => value === undefined || value === null || value === "";

/**
 * Inputs (jumlah) of a PERCENT item: every declared input, each a whole number 0..10,000,000, and
 * every constraint of the catalogue between them (a part never exceeds its total).
 */
export function validatePercentInputs(item: TItem, raw: unknown): TAnswerValidation {
  const cleared = { ok: true as const, answer: { optionKey: null, inputs: null, surveyIndex: null } };
  if (isEmpty(raw)) return cleared;
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return { ok: false, message: "Format jumlah tidak dikenali" };
  }
  const given = raw as Record<string, unknown>;
  const declared = new Set(item.inputs.map((input) => input.key));
  const unknownKey = Object.keys(given).find((key) => !declared.has(key));
  if (unknownKey !== undefined) {
    return { ok: false, message: `Masukan '${unknownKey}' tidak dikenal pada butir ini` };
  }
  // A form whose fields were all emptied means "clear the answer", not "all zero".
  if (item.inputs.every((input) => isEmpty(given[input.key]))) return cleared;

  const inputs: Record<string, number> = {};
  for (const { key, label } of item.inputs) {
    const value = given[key];
    const refuse = (message: string) => ({ ok: false as const, message: `${message} (${label})`, inputKeys: [key] });
    if (isEmpty(value)) return refuse("Jumlah wajib diisi");
    if (typeof value !== "number" || Number.isNaN(value)) return refuse("Jumlah harus berupa angka");
    if (!Number.isInteger(value) || value < 0) return refuse("Jumlah harus bilangan bulat 0 atau lebih");
    if (value > MAX_PERCENT_INPUT) return refuse(`Jumlah paling banyak ${formatInteger(MAX_PERCENT_INPUT)}`);
    inputs[key] = value + 0; // turns -0 into 0
  }
  for (const constraint of item.constraints ?? []) {
    const broken = brokenConstraint(item.inputs, constraint, inputs);
    if (broken) return broken;
  }
  return { ok: true, answer: { optionKey: null, inputs, surveyIndex: null } };
}

function brokenConstraint(declared: TPercentInput[], constraint: TInputConstraint, inputs: Record<string, number>) {
  const sum = (keys: string[]) => keys.reduce((total, key) => total + (inputs[key] ?? 0), 0);
  const parts = sum(constraint.parts);
  const total = sum(constraint.total);
  if (parts <= total) return null;
  const labels = (keys: string[]) => keys.map((key) => declared.find((input) => input.key === key)?.label ?? key);
  const figures = `${formatInteger(parts)} lebih dari ${formatInteger(total)}`;
  const message = constraint.message
    ? `${constraint.message} (${figures})`
    : `${joinLabels(labels(constraint.parts))} tidak boleh melebihi ${joinLabels(labels(constraint.total)).toLowerCase()} (${figures})`;
  return { ok: false as const, message, inputKeys: [...constraint.parts] };
}

/** "A", "A ditambah b", "A, b, ditambah c": labels read as one phrase. */
function joinLabels(labels: string[]) {
  const [first, ...rest] = labels;
  if (rest.length === 0) return first ?? "";
  const tail = rest.map((label) => label.charAt(0).toLowerCase() + label.slice(1));
  return `${[first, ...tail.slice(0, -1)].join(", ")} ditambah ${tail.at(-1)}`;
}
