import { collectCodes, leadingCode, type TCodeEntry } from "@/lib/catalogue/catalogue-codes";
import type { TFileQuestion } from "@/lib/catalogue/question-schema";
import type { TCatalogueFile, TFileNode } from "@/lib/catalogue/schemas";
import type { TCatalogue, TIndexResultRules, TItem, TNode, TPredicateRule } from "@/lib/scoring/types";

type TFilePredicate = NonNullable<TCatalogueFile["predicates"]>["WBK"];

const PREDICATE_LABEL = {
  WBK: "Wilayah Bebas dari Korupsi (WBK)",
  WBBM: "Wilayah Birokrasi Bersih dan Melayani (WBBM)",
} as const;

/** Turns a validated catalogue file into the engine's TCatalogue, filling every default. */
export function normaliseCatalogue(file: TCatalogueFile): TCatalogue {
  const codes = collectCodes(file.components);
  const predicates = file.predicates;
  return {
    code: file.code,
    title: file.title,
    regulation: file.regulation,
    components: file.components.map(normaliseNode),
    predicates: predicates ? (["WBK", "WBBM"] as const).map((key) => normalisePredicate(key, predicates[key], codes)) : [],
    // Only for index instruments, so LKE catalogues keep their checksum.
    ...(file.instrument === "PEKPPP" ? { instrument: file.instrument } : {}),
    ...(file.results ? { results: normaliseResults(file.results) } : {}),
    ...(file.survey ? { survey: { scale: { ...file.survey.scale }, items: file.survey.items.map(({ code, aspect, text }) => ({ code, aspect, text })) } } : {}),
  };
}

function normaliseResults(results: NonNullable<TCatalogueFile["results"]>): TIndexResultRules {
  return {
    forms: { F02: results.forms.F02, F03: results.forms.F03 },
    minEvaluators: results.minEvaluators,
    categoryDecimals: results.categoryDecimals,
    categories: results.categories.map(({ code, label, min, max, priority, award, description }) => ({ code, label, min, max, priority, award, description })),
  };
}

function normaliseNode(node: TFileNode): TNode {
  return {
    code: node.code,
    kind: node.kind,
    title: node.title,
    weight: node.weight,
    children: (node.children ?? []).map(normaliseNode),
    items: (node.questions ?? []).map(normaliseItem),
  };
}

function normaliseItem(question: TFileQuestion): TItem {
  return {
    code: question.code,
    // Only an explicit key is kept, so catalogues without keys keep their checksum.
    ...(question.key !== undefined && question.key !== question.code ? { key: question.key } : {}),
    text: question.text,
    answerType: question.answerType,
    weight: question.weight ?? null,
    options: (question.options ?? []).map(({ key, label, value }) => ({ key, label, value })),
    inputs: (question.inputs ?? []).map(({ key, label }) => ({ key, label })),
    formula: question.formula ?? null,
    // Only where the file has some, so catalogues without constraints keep their checksum.
    ...(question.constraints?.length ? { constraints: question.constraints.map(({ kind, parts, total, message }) => ({ kind, parts, total, ...(message ? { message } : {}) })) } : {}),
    guidance: question.guidance,
    expectedEvidence: question.expectedEvidence ?? [],
    ...(question.form ? { form: question.form } : {}),
  };
}

function normalisePredicate(
  key: keyof typeof PREDICATE_LABEL,
  rule: TFilePredicate,
  codes: Map<string, TCodeEntry>,
): TPredicateRule {
  return {
    code: key,
    label: PREDICATE_LABEL[key],
    totalMin: rule.totalMin,
    areaMinShareOfWeight: rule.areaMinShareOfWeight,
    nodeMinimums: Object.entries(rule.hasil).map(([hasilKey, min]) => {
      const code = leadingCode(hasilKey);
      return { code, label: codes.get(code)?.label ?? code, min };
    }),
    preconditions: [...rule.preconditions],
  };
}
