import type { TCatalogueIssue } from "@/lib/catalogue/catalogue-issue";
import type { TCatalogueFile, TFileNode } from "@/lib/catalogue/schemas";
import { formatDecimal } from "@/lib/format";
import { Rational, sum } from "@/lib/scoring/rational";

const ONE = Rational.of(1n);
const exactSum = (values: number[]) => sum(values.map(Rational.fromNumber));

/**
 * Rules of an index instrument (PEKPPP): aspect weights and form shares add up to 1, indicators
 * carry no weight of their own (an aspect is the mean of its indicators), each indicator has
 * exactly one F-02 item on the described 0-5 scale, and the categories cover the scale without
 * gap or overlap at the precision the index is classified at.
 */
export function checkIndexResults(file: TCatalogueFile): TCatalogueIssue[] {
  const issues: TCatalogueIssue[] = [];
  const add = (path: PropertyKey[], message: string) => issues.push({ path, message });
  const results = file.results;
  if (!results) return [{ path: ["results"], message: "Katalog PEKPPP wajib memiliki aturan hasil (results)" }];

  const aspectTotal = exactSum(file.components.map((aspect) => aspect.weight));
  if (aspectTotal.compare(ONE) !== 0) add(["components"], `Jumlah bobot aspek harus 1 (100%), sekarang ${formatDecimal(aspectTotal)}`);
  if (exactSum([results.forms.F02, results.forms.F03]).compare(ONE) !== 0) add(["results", "forms"], "Jumlah bobot F-02 dan F-03 harus 1 (100%)");

  file.components.forEach((aspect, a) => (aspect.children ?? []).forEach((indicator, i) => {
    issues.push(...checkIndicator(indicator, ["components", a, "children", i]));
  }));

  const step = Rational.of(1n, 10n ** BigInt(results.categoryDecimals));
  results.categories.forEach((category, index) => {
    const path = ["results", "categories", index];
    if (category.min > category.max) add(path, `Kategori ${category.code}: batas bawah melebihi batas atas`);
    const expectedMin = index === 0 ? Rational.of(0n) : Rational.fromNumber(results.categories[index - 1].max).plus(step);
    if (Rational.fromNumber(category.min).compare(expectedMin) !== 0) {
      add([...path, "min"], `Kategori ${category.code} harus dimulai pada ${formatDecimal(expectedMin)} agar tidak ada celah atau tumpang tindih`);
    }
  });
  const last = results.categories.at(-1);
  if (last && last.max !== 5) add(["results", "categories"], "Kategori terakhir harus berakhir pada 5");

  return issues;
}

function checkIndicator(indicator: TFileNode, path: PropertyKey[]): TCatalogueIssue[] {
  const issues: TCatalogueIssue[] = [];
  if (indicator.weight !== 0) issues.push({ path: [...path, "weight"], message: `Indikator ${indicator.code} tidak berbobot sendiri (bobot 0): nilai aspek adalah rata-rata indikatornya` });
  const questions = indicator.questions ?? [];
  const scored = questions.filter((question) => question.form === "F-02");
  if (scored.length !== 1 || scored[0].answerType !== "SCALE_0_5") {
    issues.push({ path: [...path, "questions"], message: `Indikator ${indicator.code} harus memiliki tepat satu butir F-02 berjenis SCALE_0_5` });
  }
  questions.forEach((question, q) => {
    if (question.form === undefined) issues.push({ path: [...path, "questions", q, "form"], message: "Butir PEKPPP wajib menyebut formulirnya (F-01 atau F-02)" });
    else if (question.form === "F-01" && question.answerType === "SCALE_0_5") issues.push({ path: [...path, "questions", q, "answerType"], message: "Butir F-01 tidak dinilai: gunakan YA_TIDAK, CHOICE, MULTI_CHOICE, COUNT atau TEXT" });
  });
  return issues;
}
