import ExcelJS from "exceljs";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { TAnswer } from "@/lib/scoring/types";
import { META_SHEET, type TWorkbookMeta } from "@/lib/workbook/layout";
import { writeLkeSheet } from "@/lib/workbook/lke-sheet";
import { planRows } from "@/lib/workbook/row-plan";
import { writeSummarySheet } from "@/lib/workbook/summary-sheet";
import type { TLkeWorkbookData, TSideAnswer } from "@/lib/workbook/types";

/**
 * One unit's LKE as a workbook: the LKE sheet, the summary with the WBK/WBBM check, and a hidden
 * sheet naming the LKE and catalogue it came from (the import checks it). Formulas carry the
 * engine's results too, so viewers that do not recalculate still show the right numbers.
 */
export function buildLkeWorkbook(data: TLkeWorkbookData): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Zona Integritas";
  workbook.created = new Date(data.meta.exportedAt);
  workbook.title = `LKE ZI ${data.meta.unitName} ${data.meta.periodName}`;
  workbook.calcProperties = { fullCalcOnLoad: true };

  const plan = planRows(data.catalogue.components);
  const scores = {
    self: scoreAssessment(data.catalogue, answersOf(data.self)),
    evaluator: data.evaluator ? scoreAssessment(data.catalogue, answersOf(data.evaluator), { preconditions: data.preconditions }) : null,
  };
  writeLkeSheet(workbook, data, plan, scores);
  writeSummarySheet(workbook, data.catalogue, plan, scores, data.preconditions);
  writeMeta(workbook, data.meta);
  return workbook;
}

function answersOf(side: Map<string, TSideAnswer>): Map<string, TAnswer> {
  return new Map([...side].map(([code, { answer }]) => [code, answer]));
}

function writeMeta(workbook: ExcelJS.Workbook, meta: TWorkbookMeta) {
  const sheet = workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
  for (const [key, value] of Object.entries(meta)) sheet.addRow([key, value]);
}

export async function lkeWorkbookBuffer(data: TLkeWorkbookData): Promise<Buffer> {
  return Buffer.from(await buildLkeWorkbook(data).xlsx.writeBuffer());
}
