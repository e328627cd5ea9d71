import { collectCodes, leadingCode, type TCodeEntry } from "@/lib/catalogue/catalogue-codes";
import type { TFileQuestion } from "@/lib/catalogue/question-schema";
import type { TCatalogueFile, TFileNode } from "@/lib/catalogue/schemas";
import type { TCatalogue, TIndexResultRules, TItem, TLikertScale, TNode, TPredicateRule } from "@/lib/scoring/types";

type TFilePredicate = NonNullable<TCatalogueFile["predicates"]>["WBK"];

const PREDICATE_LABEL = {
  WBK: "Wilayah Bebas dari Korupsi (WBK)",
  WBBM: "Wilayah Birokrasi Bersih dan Melayani (WBBM)",
} as const;

/** Turns a validated catalogue file into the engine's TCatalogue, filling every default. */
export function normaliseCatalogue(file: TCatalogueFile): TCatalogue {
  const codes = collectCodes(file.components);
  const rules = file.instrument === "QUESTIONNAIRE" ? file.questionnaire : undefined;
  const normaliseItem = itemNormaliser(rules?.scale);
  const normaliseNode = (node: TFileNode): TNode => ({
    code: node.code,
    kind: node.kind,
    title: node.title,
    weight: node.weight,
    children: (node.children ?? []).map(normaliseNode),
    items: (node.questions ?? []).map(normaliseItem),
  });
  const predicates = file.predicates;
  return {
    // Only for other instruments, so the LKE catalogue keeps its checksum.
    ...(rules
      ? {
          instrument: "QUESTIONNAIRE" as const,
          questionnaire: {
            index: { min: rules.index.min, max: rules.index.max },
            feedsItem: rules.feedsItem ?? null,
            // Questionnaires older than PEKPPP all served the LKE ZI.
            serves: rules.serves ?? ["LKE_ZI"],
            targetSample: rules.targetSample ?? DEFAULT_TARGET_SAMPLE,
            profile: (rules.profile ?? []).map(({ key, label, options }) => ({ key, label, options: options.map((o) => ({ key: o.key, label: o.label })) })),
          },
        }
      : {}),
    code: file.code,
    title: file.title,
    regulation: file.regulation,
    components: file.components.map(normaliseNode),
    predicates: predicates ? (["WBK", "WBBM"] as const).map((key) => normalisePredicate(key, predicates[key], codes)) : [],
    ...(file.instrument === "PEKPPP" && file.results ? { instrument: "PEKPPP" as const, results: normaliseResults(file.results) } : {}),
  };
}

function normaliseResults(results: NonNullable<TCatalogueFile["results"]>): TIndexResultRules {
  return {
    forms: { F02: results.forms.F02, F03: results.forms.F03 },
    minEvaluators: results.minEvaluators,
    categoryDecimals: results.categoryDecimals,
    categories: results.categories.map(({ code, label, min, max, priority, award, description }) => ({ code, label, min, max, priority, award, description })),
    surveyCatalogue: results.surveyCatalogue,
  };
}

/** Respondents a survey aims for when its questionnaire names no target. */
const DEFAULT_TARGET_SAMPLE = 100;

/** The scale a LIKERT item is answered on: its own, else the questionnaire's, else 1-4. */
const DEFAULT_SCALE: TLikertScale = { min: 1, max: 4, labels: ["Tidak setuju", "Kurang setuju", "Setuju", "Sangat setuju"] };

function itemNormaliser(defaultScale: TLikertScale | undefined) {
  return (question: TFileQuestion): TItem => {
    const item = normaliseItem(question);
    if (question.answerType !== "LIKERT") return item;
    const { min, max, labels } = question.scale ?? defaultScale ?? DEFAULT_SCALE;
    return { ...item, scale: { min, max, labels: [...labels] } };
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
