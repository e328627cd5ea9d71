// Fixtures shared by the scoring tests: the shipped catalogue, the answer shorthand of
// scoring-examples.json, and builders for tiny catalogues.
import lkeZi2021 from "@/lib/catalogue/data/lke-zi-2021.json";
import { parseCatalogueFile } from "@/lib/catalogue/schemas";
import examplesFile from "@/lib/scoring/scoring-examples.json";
import type { TAnswer, TAnswerType, TCatalogue, TItem, TNode, TOption } from "@/lib/scoring/types";

let shipped: TCatalogue | undefined;

export function shippedCatalogue(): TCatalogue {
  if (!shipped) {
    const result = parseCatalogueFile(lkeZi2021);
    if (!result.ok) throw new Error(`shipped catalogue invalid: ${JSON.stringify(result.errors)}`);
    shipped = result.catalogue;
  }
  return shipped;
}

/** scoring-examples.json writes "A" for an option, 3.6 for a survey index, { inputs } for PERCENT. */
export type TAnswerShorthand = string | number | { inputs: Record<string, number> };

export type TScoringExample = {
  name: string;
  answers: Record<string, TAnswerShorthand>;
  /** Node codes and "TOTAL" to their full-precision scores. */
  expected: Record<string, number>;
};

// The JSON's inferred literal type is too narrow to assign directly; the shape is checked by the tests.
export const scoringExamples = examplesFile.examples as unknown as TScoringExample[];

/** The first example: every item at its best answer. */
export const allBestAnswers = scoringExamples[0].answers;

export function fromShorthand(answers: Record<string, TAnswerShorthand>): Record<string, TAnswer> {
  const result: Record<string, TAnswer> = {};
  for (const [code, answer] of Object.entries(answers)) {
    if (typeof answer === "string") result[code] = { optionKey: answer };
    else if (typeof answer === "number") result[code] = { surveyIndex: answer };
    else result[code] = { inputs: answer.inputs };
  }
  return result;
}

export const SCALES: Record<"YA_TIDAK" | "ABC" | "ABCD" | "ABCDE", [string, number][]> = {
  YA_TIDAK: [["YA", 1], ["TIDAK", 0]],
  ABC: [["A", 1], ["B", 0.5], ["C", 0]],
  ABCD: [["A", 1], ["B", 0.67], ["C", 0.33], ["D", 0]],
  ABCDE: [["A", 1], ["B", 0.75], ["C", 0.5], ["D", 0.25], ["E", 0]],
};

export function makeItem(code: string, answerType: TAnswerType, extra: Partial<TItem> = {}): TItem {
  const scale = answerType in SCALES ? SCALES[answerType as keyof typeof SCALES] : [];
  const options: TOption[] = scale.map(([key, value]) => ({ key, label: key, value }));
  return {
    code,
    text: `Butir ${code}`,
    answerType,
    weight: null,
    options,
    inputs: [],
    formula: null,
    guidance: "",
    expectedEvidence: [],
    ...extra,
  };
}

export function makeNode(code: string, kind: TNode["kind"], weight: number, content: TNode[] | TItem[]): TNode {
  const isItems = content.length > 0 && "answerType" in content[0];
  return {
    code,
    kind,
    title: `Simpul ${code}`,
    weight,
    children: isItems ? [] : (content as TNode[]),
    items: isItems ? (content as TItem[]) : [],
  };
}

export function makeCatalogue(components: TNode[], predicates: TCatalogue["predicates"] = []): TCatalogue {
  return { code: "TEST", title: "Katalog uji", regulation: "-", components, predicates };
}

/**
 * Any valid answer, drawn wide: every option, survey indices with two decimals, PERCENT counts
 * from 0 up to 1,000,000,000 (small and huge), so exact arithmetic meets awkward fractions.
 */
export function randomTestAnswer(item: TItem, random: () => number): TAnswer {
  if (item.answerType === "SURVEY_INDEX_0_4") return { surveyIndex: Math.floor(random() * 401) / 100 };
  if (item.answerType === "PERCENT") {
    const limit = random() < 0.3 ? 1_000_000_000 : 40;
    return { inputs: Object.fromEntries(item.inputs.map((input) => [input.key, Math.floor(random() * (limit + 1))])) };
  }
  return { optionKey: item.options[Math.floor(random() * item.options.length)]!.key };
}
