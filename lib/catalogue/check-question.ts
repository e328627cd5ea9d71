import type { TCatalogueIssue } from "@/lib/catalogue/catalogue-issue";
import type { TFileQuestion } from "@/lib/catalogue/question-schema";

/** Rules that depend on the answer type. Paths are relative to the question. */
export function checkQuestion(question: TFileQuestion): TCatalogueIssue[] {
  const issues: TCatalogueIssue[] = [];
  const add = (path: PropertyKey[], message: string) => issues.push({ path, message });
  const type = question.answerType;
  const hasOptions = (question.options?.length ?? 0) > 0;

  if (question.scale && type !== "LIKERT") add(["scale"], "Hanya butir LIKERT yang boleh memiliki skala");
  if (TYPES_WITHOUT_OPTIONS.includes(type)) {
    if (hasOptions) add(["options"], `Butir ${type} tidak boleh memiliki opsi`);
  } else {
    if (!hasOptions) add(["options"], `Butir ${type} wajib memiliki opsi`);
    issues.push(...duplicateKeys(question.options ?? [], "options", "Kunci opsi"));
  }
  if (type === "SCALE_0_5" && hasOptions) issues.push(...badScaleLevels(question));

  if (type === "PERCENT") {
    if (!question.inputs?.length) add(["inputs"], "Butir PERCENT wajib memiliki inputs");
    issues.push(...duplicateKeys(question.inputs ?? [], "inputs", "Kunci masukan"));
    if (!question.formula) add(["formula"], "Butir PERCENT wajib memiliki rumus");
    else issues.push(...undeclaredFormulaInputs(question));
    issues.push(...badConstraints(question));
  } else {
    if (question.inputs?.length) add(["inputs"], `Hanya butir PERCENT yang boleh memiliki inputs`);
    if (question.formula) add(["formula"], `Hanya butir PERCENT yang boleh memiliki rumus`);
    if (question.constraints?.length) add(["constraints"], `Hanya butir PERCENT yang boleh memiliki batasan jumlah`);
  }
  return issues;
}

const TYPES_WITHOUT_OPTIONS: readonly string[] = ["PERCENT", "SURVEY_INDEX_0_4", "LIKERT", "COUNT", "TEXT"];

/** A described 0-5 scale has exactly the levels 0..5 in order, level n worth n/5 of the item. */
function badScaleLevels(question: TFileQuestion): TCatalogueIssue[] {
  const options = question.options ?? [];
  const expected = [0, 1, 2, 3, 4, 5];
  const fits = options.length === 6 && options.every((option, n) => option.key === String(expected[n]) && option.value === n / 5);
  if (fits) return options.flatMap((option, n) => (option.label.trim() ? [] : [{ path: ["options", n, "label"], message: `Uraian tingkat ${n} wajib diisi` }]));
  return [{ path: ["options"], message: "Butir SCALE_0_5 harus memiliki tingkat 0 sampai 5 berurutan dengan nilai tingkat/5" }];
}

function duplicateKeys(entries: { key: string }[], field: string, noun: string): TCatalogueIssue[] {
  const seen = new Set<string>();
  const issues: TCatalogueIssue[] = [];
  entries.forEach(({ key }, index) => {
    if (seen.has(key)) issues.push({ path: [field, index, "key"], message: `${noun} '${key}' ganda` });
    seen.add(key);
  });
  return issues;
}

function undeclaredFormulaInputs(question: TFileQuestion): TCatalogueIssue[] {
  const declared = new Set((question.inputs ?? []).map((input) => input.key));
  const formula = question.formula;
  if (!formula) return [];
  const references: [PropertyKey[], string][] =
    formula.kind === "ratio"
      ? [
          ...formula.numerator.map((key, i): [PropertyKey[], string] => [["formula", "numerator", i], key]),
          ...formula.denominator.map((key, i): [PropertyKey[], string] => [["formula", "denominator", i], key]),
        ]
      : [
          [["formula", "previous"], formula.previous],
          [["formula", "current"], formula.current],
        ];
  return references
    .filter(([, key]) => !declared.has(key))
    .map(([path, key]) => ({ path, message: `Masukan '${key}' pada rumus tidak didefinisikan di inputs` }));
}

/** Every key a constraint names is a declared input, and no input is both a part and the total. */
function badConstraints(question: TFileQuestion): TCatalogueIssue[] {
  const declared = new Set((question.inputs ?? []).map((input) => input.key));
  const issues: TCatalogueIssue[] = [];
  (question.constraints ?? []).forEach((constraint, index) => {
    for (const side of ["parts", "total"] as const) {
      constraint[side].forEach((key, i) => {
        if (!declared.has(key)) {
          issues.push({ path: ["constraints", index, side, i], message: `Masukan '${key}' pada batasan tidak didefinisikan di inputs` });
        }
      });
    }
    const both = constraint.parts.filter((key) => constraint.total.includes(key));
    if (both.length) {
      issues.push({ path: ["constraints", index], message: `Masukan '${both[0]}' tidak boleh menjadi bagian dan jumlah sekaligus` });
    }
  });
  return issues;
}
