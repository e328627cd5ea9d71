import type ExcelJS from "exceljs";
import { listNodes } from "@/lib/scoring/catalogue-walk";
import { displayTitle } from "@/lib/scoring/format-id";
import { predicateRequirements } from "@/lib/scoring/predicate-requirements";
import type { TCatalogue, TPredicateResult, TScoreResult } from "@/lib/scoring/types";
import { literal } from "@/lib/workbook/formulas";
import { COLUMN, letter, LKE_SHEET, SUMMARY_SHEET } from "@/lib/workbook/layout";
import type { TRowPlan } from "@/lib/workbook/row-plan";

// The summary sheet: scores per component, part and area, and the WBK/WBBM check, for the unit's
// and the TPI's answers. Every number is a formula over the LKE sheet, so it follows edits there.

/** Same tolerance as lib/scoring/compare.ts: a score exactly at a threshold passes. */
const TOLERANCE = "0.000000001";
const YES = "Ya";
const NO = "Tidak";

const PRECONDITION_TEXT = { true: "Terpenuhi (diputuskan TPI)", false: "Tidak terpenuhi (diputuskan TPI)", null: "Belum diputuskan TPI" } as const;

type TSideScores = { self: TScoreResult; evaluator: TScoreResult | null };

export function writeSummarySheet(workbook: ExcelJS.Workbook, catalogue: TCatalogue, plan: TRowPlan, scores: TSideScores, preconditions: Record<string, boolean | null>) {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET, {
    pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 12 }, { width: 58 }, { width: 11 }, { width: 13 }, { width: 13 }, { width: 13 }, { width: 13 }];
  const lke = (column: number, row: number) => `'${LKE_SHEET}'!${letter(column)}${row}`;
  let r = 1;
  sheet.getCell(r, 1).value = "RINGKASAN NILAI LKE ZONA INTEGRITAS";
  sheet.getCell(r, 1).font = { bold: true, size: 13 };
  r += 2;
  header(sheet.getRow(r++), ["Kode", "Komponen / Bagian / Area", "Bobot", "Nilai Unit", "% Unit", "Nilai TPI", "% TPI"]);

  const totalRow = r;
  const scoreRow = (code: string, title: string, weightRef: string, row: number, weight: number, selfScore: number, tpiScore: number) => {
    const share = (score: number) => (weight === 0 ? 0 : score / weight);
    const target = sheet.getRow(row);
    target.getCell(1).value = code;
    target.getCell(2).value = title;
    target.getCell(3).value = { formula: weightRef };
    target.getCell(4).value = { formula: selfRef(code), result: selfScore };
    target.getCell(5).value = { formula: `IF(C${row}=0,0,D${row}/C${row})`, result: share(selfScore) };
    target.getCell(6).value = { formula: tpiRef(code), result: tpiScore };
    target.getCell(7).value = { formula: `IF(C${row}=0,0,F${row}/C${row})`, result: share(tpiScore) };
    for (const column of [3, 4, 6]) target.getCell(column).numFmt = "0.00";
    for (const column of [5, 7]) target.getCell(column).numFmt = "0.00%";
  };
  const selfRef = (code: string) => lke(COLUMN.selfPoints, code ? plan.rowOfNode.get(code)! : plan.totalRow);
  const tpiRef = (code: string) => lke(COLUMN.evaluatorPoints, code ? plan.rowOfNode.get(code)! : plan.totalRow);
  const totalWeight = catalogue.components.reduce((sum, component) => sum + component.weight, 0);
  scoreRow("", "NILAI TOTAL", lke(COLUMN.weight, plan.totalRow), r++, totalWeight, scores.self.total, scores.evaluator?.total ?? 0);
  sheet.getRow(totalRow).font = { bold: true };
  for (const { node, ancestors } of listNodes(catalogue)) {
    if (node.kind === "indicator") continue;
    const prefix = "  ".repeat(ancestors.length);
    scoreRow(node.code, `${prefix}${displayTitle(node.title)}`, lke(COLUMN.weight, plan.rowOfNode.get(node.code)!), r, node.weight,
      scores.self.nodes[node.code]?.score ?? 0, scores.evaluator?.nodes[node.code]?.score ?? 0);
    if (node.kind !== "area") sheet.getRow(r).font = { bold: true };
    r++;
  }

  for (const rule of catalogue.predicates) {
    r += 1;
    sheet.getCell(r, 1).value = `Syarat predikat ${rule.label}`;
    sheet.getCell(r++, 1).font = { bold: true, size: 12 };
    header(sheet.getRow(r++), ["", "Syarat", "Batas", "Nilai Unit", "Unit memenuhi", "Nilai TPI", "TPI memenuhi"]);
    const first = r;
    const requirements = predicateRequirements(catalogue, rule, scores.self);
    const tpiRequirements = scores.evaluator ? predicateRequirements(catalogue, rule, scores.evaluator) : null;
    requirements.forEach((requirement, index) => {
      const target = sheet.getRow(r);
      target.getCell(2).value = requirement.label;
      target.getCell(3).value = requirement.required;
      target.getCell(4).value = { formula: requirementRef(requirement.key, COLUMN.selfPoints), result: requirement.actual };
      target.getCell(5).value = { formula: meets(`D${r}`, `C${r}`), result: requirement.met ? YES : NO };
      const tpi = tpiRequirements?.[index];
      target.getCell(6).value = { formula: requirementRef(requirement.key, COLUMN.evaluatorPoints), result: tpi?.actual ?? 0 };
      target.getCell(7).value = { formula: meets(`F${r}`, `C${r}`), result: tpi?.met ? YES : NO };
      for (const column of [3, 4, 6]) target.getCell(column).numFmt = "0.00";
      r++;
    });
    const last = r - 1;
    const summary = sheet.getRow(r++);
    summary.getCell(2).value = "Seluruh syarat nilai terpenuhi";
    summary.getCell(5).value = { formula: `IF(COUNTIF(E${first}:E${last},"${NO}")=0,"${YES}","${NO}")`, result: met(scores.self.predicates, rule.code) };
    summary.getCell(7).value = { formula: `IF(COUNTIF(G${first}:G${last},"${NO}")=0,"${YES}","${NO}")`, result: scores.evaluator ? met(scores.evaluator.predicates, rule.code) : NO };
    summary.font = { bold: true };
    const summaryRow = summary.number;
    for (const label of rule.preconditions) {
      const target = sheet.getRow(r++);
      target.getCell(2).value = `Prasyarat: ${label}`;
      target.getCell(3).value = PRECONDITION_TEXT[String(preconditions[label] ?? null) as keyof typeof PRECONDITION_TEXT];
    }
    // Preconditions are the TPI's decisions, not formulas: with one open or failed the predicate is not met.
    const confirmed = rule.preconditions.every((label) => preconditions[label] === true);
    const verdict = sheet.getRow(r++);
    verdict.getCell(2).value = `Memenuhi syarat ${rule.code} (nilai TPI dan prasyarat)`;
    verdict.getCell(7).value = confirmed
      ? { formula: `IF(G${summaryRow}="${YES}","${YES}","${NO}")`, result: scores.evaluator ? met(scores.evaluator.predicates, rule.code) : NO }
      : NO;
    verdict.font = { bold: true };
  }

  function requirementRef(key: string, column: number): string {
    if (key === "total") return lke(column, plan.totalRow);
    const code = key.slice(key.indexOf(":") + 1);
    const row = plan.rowOfNode.get(code) ?? plan.rowOfItem.get(code);
    return row ? lke(column, row) : literal(0);
  }
  return { sheet, totalRow };
}

function meets(actual: string, required: string) {
  return `IF(${actual}>=${required}-${TOLERANCE},"${YES}","${NO}")`;
}

function met(predicates: TPredicateResult[], code: string) {
  return predicates.find((p) => p.code === code)?.scoreRequirementsMet ? YES : NO;
}

function header(row: ExcelJS.Row, labels: string[]) {
  labels.forEach((label, index) => (row.getCell(index + 1).value = label));
  row.font = { bold: true };
  row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
}
