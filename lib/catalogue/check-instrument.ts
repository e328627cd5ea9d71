import type { TCatalogueIssue } from "@/lib/catalogue/catalogue-issue";
import { checkIndexResults } from "@/lib/catalogue/check-index-results";
import type { TCatalogueFile, TFileNode } from "@/lib/catalogue/schemas";

/**
 * What each instrument needs: an LKE has WBK/WBBM predicates and no LIKERT item; a questionnaire
 * has result rules, only LIKERT items and no predicates; an index instrument (PEKPPP) has its
 * index result rules, no predicates and no LIKERT item (its F-03 is a questionnaire of its own).
 */
export function checkInstrument(file: TCatalogueFile): TCatalogueIssue[] {
  const issues: TCatalogueIssue[] = [];
  const instrument = file.instrument ?? "LKE_ZI";
  const likert: PropertyKey[][] = [];
  const other: PropertyKey[][] = [];
  const visit = (node: TFileNode, path: PropertyKey[]) => {
    node.questions?.forEach((question, index) => (question.answerType === "LIKERT" ? likert : other).push([...path, "questions", index, "answerType"]));
    node.children?.forEach((child, index) => visit(child, [...path, "children", index]));
  };
  file.components.forEach((component, index) => visit(component, ["components", index]));

  if (instrument !== "PEKPPP" && file.results) issues.push({ path: ["results"], message: "Aturan hasil indeks hanya untuk instrumen PEKPPP" });
  if (instrument === "QUESTIONNAIRE") {
    if (!file.questionnaire) issues.push({ path: ["questionnaire"], message: "Kuesioner wajib memiliki bagian questionnaire (skala dan indeks)" });
    if (file.predicates) issues.push({ path: ["predicates"], message: "Kuesioner tidak memiliki predikat WBK/WBBM" });
    for (const path of other) issues.push({ path, message: "Butir kuesioner harus berjenis LIKERT" });
    return issues;
  }
  if (file.questionnaire) issues.push({ path: ["questionnaire"], message: "Bagian questionnaire hanya untuk instrumen QUESTIONNAIRE" });
  for (const path of likert) issues.push({ path, message: "Butir LIKERT hanya untuk instrumen QUESTIONNAIRE" });
  if (instrument === "PEKPPP") {
    if (file.predicates) issues.push({ path: ["predicates"], message: "Katalog PEKPPP tidak memakai predikat WBK/WBBM" });
    issues.push(...checkIndexResults(file));
  } else if (!file.predicates) {
    issues.push({ path: ["predicates"], message: "Katalog LKE wajib memiliki predikat WBK dan WBBM" });
  }
  return issues;
}
