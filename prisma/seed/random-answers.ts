import type { TAnswer, TCatalogue, TItem } from "@/lib/scoring/types";
import { listItems } from "@/lib/scoring/catalogue-walk";

/** Small deterministic PRNG (mulberry32): the same seed gives the same demo data every time. */
export function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An answer of a given quality (0 = poor, 1 = excellent) with some noise, so demo units differ
 * the way real ones do.
 */
export function randomAnswer(item: TItem, quality: number, random: () => number): TAnswer {
  const q = Math.min(1, Math.max(0, quality + (random() - 0.5) * 0.5));
  if (item.answerType === "SURVEY_INDEX_0_4") return { surveyIndex: Math.round((2.6 + q * 1.35) * 100) / 100 };
  if (item.answerType === "PERCENT") {
    const inputs: Record<string, number> = {};
    const total = 5 + Math.floor(random() * 20);
    for (const input of item.inputs) inputs[input.key] = total;
    const formula = item.formula;
    if (formula?.kind === "ratio") for (const key of formula.numerator) inputs[key] = Math.round(total * q);
    if (formula?.kind === "decrease") {
      inputs[formula.previous] = total;
      inputs[formula.current] = Math.round(total * (1 - q));
    }
    return { inputs: withinConstraints(item, inputs) };
  }
  const byValue = [...item.options].sort((a, b) => b.value - a.value);
  const index = Math.min(byValue.length - 1, Math.floor((1 - q) * byValue.length));
  return { optionKey: byValue[index]!.key };
}

/** Lowers parts that exceed their total (the counts the formula does not read first), as a real unit's would. */
function withinConstraints(item: TItem, inputs: Record<string, number>) {
  const formula = item.formula;
  const scored = new Set(formula?.kind === "ratio" ? formula.numerator : formula ? [formula.current] : []);
  for (const { parts, total } of item.constraints ?? []) {
    const sum = (keys: string[]) => keys.reduce((n, key) => n + (inputs[key] ?? 0), 0);
    let excess = sum(parts) - sum(total);
    for (const key of [...parts].sort((a, b) => Number(scored.has(a)) - Number(scored.has(b)))) {
      const cut = Math.min(excess, inputs[key] ?? 0);
      if (cut <= 0) break;
      inputs[key] = (inputs[key] ?? 0) - cut;
      excess -= cut;
    }
  }
  return inputs;
}

export function randomAnswerSet(catalogue: TCatalogue, quality: number, completeness: number, seed: number) {
  const random = prng(seed);
  const answers = new Map<string, TAnswer>();
  for (const { item } of listItems(catalogue)) {
    if (random() < completeness) answers.set(item.code, randomAnswer(item, quality, random));
  }
  return answers;
}
