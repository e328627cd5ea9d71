import type ExcelJS from "exceljs";
import { formatNumberId } from "@/lib/scoring/format-id";
import type { TItem, TScoreResult } from "@/lib/scoring/types";
import { pointsFormula, sharedWeightFormula, sumFormula, valueFormula } from "@/lib/workbook/formulas";
import { COLUMN, HEADER_ROW, HEADERS, letter, WIDTHS, type TColumnKey } from "@/lib/workbook/layout";
import type { TPlannedRow, TRowPlan } from "@/lib/workbook/row-plan";
import type { TLkeWorkbookData, TSideAnswer } from "@/lib/workbook/types";

type TSide = { answers: Map<string, TSideAnswer> | null; scores: TScoreResult | null; answer: number; value: number; points: number };

const SCORE_FORMAT = "0.00";
const MAX_COUNT = 1_000_000_000;

/** The LKE sheet: the item tree with both sides' answers and every score as a live formula. */
export function writeLkeSheet(workbook: ExcelJS.Workbook, data: TLkeWorkbookData, plan: TRowPlan, scores: { self: TScoreResult; evaluator: TScoreResult | null }) {
  const sheet = workbook.addWorksheet("LKE", {
    views: [{ state: "frozen", xSplit: 2, ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${escapeHeader(data.meta.unitName)} · ${escapeHeader(data.meta.periodName)}&RHalaman &P dari &N` },
  });
  sheet.columns = (Object.keys(COLUMN) as TColumnKey[]).map((key) => ({ key, width: WIDTHS[key] }));
  writeTitle(sheet, data);
  const header = sheet.getRow(HEADER_ROW);
  for (const key of Object.keys(COLUMN) as TColumnKey[]) header.getCell(COLUMN[key]).value = HEADERS[key];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle" };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };

  const self: TSide = { answers: data.self, scores: scores.self, answer: COLUMN.selfAnswer, value: COLUMN.selfValue, points: COLUMN.selfPoints };
  const tpi: TSide = { answers: data.evaluator, scores: scores.evaluator, answer: COLUMN.evaluatorAnswer, value: COLUMN.evaluatorValue, points: COLUMN.evaluatorPoints };
  for (const planned of plan.rows) {
    const row = sheet.getRow(planned.row);
    if (planned.kind === "total") writeTotal(row, planned, [self, tpi]);
    else if (planned.kind === "node") writeNode(row, planned, [self, tpi]);
    else if (planned.kind === "item") writeItem(row, planned, data, [self, tpi]);
    else writeInput(row, planned, [self, tpi]);
  }
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: COLUMN.evaluatorNote } };
  return sheet;
}

function writeTitle(sheet: ExcelJS.Worksheet, data: TLkeWorkbookData) {
  sheet.getCell("A1").value = "LEMBAR KERJA EVALUASI ZONA INTEGRITAS MENUJU WBK/WBBM";
  sheet.getCell("A1").font = { bold: true, size: 13 };
  const lines: [string, string][] = [
    ["Instansi", data.agencyName],
    ["Satuan/Unit Kerja", data.meta.unitName],
    ["Periode", `${data.meta.periodName} (${data.periodYear})`],
    ["Katalog", `${data.meta.catalogueCode} versi ${data.meta.catalogueVersion} · ${data.catalogue.regulation}`],
    ["Status", data.statusLabel],
  ];
  lines.forEach(([label, value], index) => {
    sheet.getCell(2 + index, 1).value = label;
    sheet.getCell(2 + index, 1).font = { bold: true };
    sheet.getCell(2 + index, 2).value = `: ${value}`;
  });
}

const cell = (column: number, row: number) => `${letter(column)}${row}`;

function writeTotal(row: ExcelJS.Row, planned: Extract<TPlannedRow, { kind: "total" }>, sides: TSide[]) {
  row.getCell(COLUMN.text).value = "NILAI TOTAL";
  row.getCell(COLUMN.weight).value = { formula: sumFormula(planned.childRows.map((r) => cell(COLUMN.weight, r))) };
  for (const side of sides) {
    row.getCell(side.points).value = { formula: sumFormula(planned.childRows.map((r) => cell(side.points, r))), result: side.scores?.total ?? 0 };
  }
  styleScores(row);
  row.font = { bold: true, size: 12 };
  row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFEF3C7" } };
}

function writeNode(row: ExcelJS.Row, planned: Extract<TPlannedRow, { kind: "node" }>, sides: TSide[]) {
  const { node, depth } = planned;
  row.getCell(COLUMN.code).value = node.code;
  row.getCell(COLUMN.text).value = node.title;
  row.getCell(COLUMN.text).alignment = { indent: depth, wrapText: true, vertical: "top" };
  row.getCell(COLUMN.weight).value = node.weight;
  for (const side of sides) {
    const score = side.scores?.nodes[node.code]?.score ?? 0;
    row.getCell(side.points).value = { formula: sumFormula(planned.childRows.map((r) => cell(side.points, r))), result: score };
  }
  styleScores(row);
  row.font = { bold: true };
  if (node.kind !== "indicator") row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: node.kind === "area" ? "FFF1F5F9" : "FFE0F2FE" } };
}

function writeItem(row: ExcelJS.Row, planned: Extract<TPlannedRow, { kind: "item" }>, data: TLkeWorkbookData, sides: TSide[]) {
  const { item, depth } = planned;
  row.getCell(COLUMN.code).value = item.code;
  row.getCell(COLUMN.text).value = item.text;
  row.getCell(COLUMN.text).alignment = { indent: depth, wrapText: true, vertical: "top" };
  writeChoices(row.getCell(COLUMN.choices), item);
  const weight = row.getCell(COLUMN.weight);
  weight.value = item.weight === null
    ? { formula: sharedWeightFormula(cell(COLUMN.weight, planned.nodeRow), planned.sharedCount), result: planned.node.weight / planned.sharedCount }
    : item.weight;
  weight.numFmt = "0.00##";
  for (const side of sides) {
    const stored = side.answers?.get(item.code);
    const answerCell = row.getCell(side.answer);
    if (item.answerType === "SURVEY_INDEX_0_4") answerCell.value = stored?.answer.surveyIndex ?? null;
    else if (item.answerType !== "PERCENT") answerCell.value = stored?.answer.optionKey ?? null;
    if (item.answerType !== "PERCENT") answerCell.dataValidation = answerValidation(item);
    answerCell.alignment = { horizontal: "center", vertical: "top" };
    const valueCell = cell(side.value, planned.row);
    const scored = side.scores?.items[item.code];
    row.getCell(side.value).value = {
      formula: valueFormula(item, cell(side.answer, planned.row), planned.inputRows.map((r) => cell(side.answer, r))),
      result: scored?.value ?? "",
    };
    row.getCell(side.points).value = { formula: pointsFormula(valueCell, cell(COLUMN.weight, planned.row)), result: scored?.points ?? 0 };
  }
  row.getCell(COLUMN.selfNarrative).value = data.self.get(item.code)?.narrative || null;
  row.getCell(COLUMN.evidence).value = data.evidence.get(item.code)?.join("\n") || null;
  const tpiNote = [data.evaluator?.get(item.code)?.narrative, ...(data.evaluatorNotes.get(item.code) ?? [])].filter(Boolean).join("\n");
  row.getCell(COLUMN.evaluatorNote).value = tpiNote || null;
  for (const column of [COLUMN.selfNarrative, COLUMN.evidence, COLUMN.evaluatorNote, COLUMN.choices]) {
    row.getCell(column).alignment = { wrapText: true, vertical: "top" };
  }
  styleScores(row);
}

function writeInput(row: ExcelJS.Row, planned: Extract<TPlannedRow, { kind: "input" }>, sides: TSide[]) {
  const key = planned.item.inputs[planned.position]!.key;
  row.getCell(COLUMN.code).value = planned.code;
  row.getCell(COLUMN.text).value = planned.label;
  row.getCell(COLUMN.text).alignment = { indent: planned.depth, wrapText: true, vertical: "top" };
  row.getCell(COLUMN.choices).value = "jumlah (bilangan bulat)";
  for (const side of sides) {
    const answerCell = row.getCell(side.answer);
    answerCell.value = side.answers?.get(planned.item.code)?.answer.inputs?.[key] ?? null;
    answerCell.dataValidation = {
      type: "whole", operator: "between", allowBlank: true, formulae: [0, MAX_COUNT],
      showErrorMessage: true, errorTitle: "Jumlah tidak valid", error: "Isi bilangan bulat 0 atau lebih.",
    };
    answerCell.alignment = { horizontal: "center" };
  }
  row.font = { italic: true };
}

function writeChoices(target: ExcelJS.Cell, item: TItem) {
  if (item.answerType === "PERCENT") {
    target.value = "diisi pada baris jumlah di bawahnya";
    return;
  }
  if (item.answerType === "SURVEY_INDEX_0_4") {
    target.value = "indeks 0,00–4,00";
    return;
  }
  target.value = item.options.map((o) => `${o.key} (${formatNumberId(o.value, 2)})`).join(" / ");
  target.note = item.options.map((o) => `${o.key}: ${o.label}`).join("\n");
}

function answerValidation(item: TItem): ExcelJS.DataValidation {
  if (item.answerType === "SURVEY_INDEX_0_4") {
    return { type: "decimal", operator: "between", allowBlank: true, formulae: [0, 4], showErrorMessage: true, errorTitle: "Indeks tidak valid", error: "Isi indeks antara 0,00 dan 4,00." };
  }
  return {
    type: "list", allowBlank: true, formulae: [`"${item.options.map((o) => o.key).join(",")}"`],
    showErrorMessage: true, errorTitle: "Jawaban tidak valid", error: `Pilih salah satu: ${item.options.map((o) => o.key).join(", ")}.`,
  };
}

function styleScores(row: ExcelJS.Row) {
  for (const column of [COLUMN.weight, COLUMN.selfValue, COLUMN.selfPoints, COLUMN.evaluatorValue, COLUMN.evaluatorPoints]) {
    const target = row.getCell(column);
    target.numFmt ||= SCORE_FORMAT;
    target.alignment = { ...target.alignment, vertical: "top" };
  }
}

/** An ampersand starts a code in Excel headers and footers. */
function escapeHeader(text: string) {
  return text.replaceAll("&", "&&");
}

