import ExcelJS from "exceljs";
import type { TCatalogue, TNode } from "@/lib/scoring/types";
import { CATALOGUE_SHEETS, LIST_SEPARATOR, PREDICATE_RULES, type TSheetSpec } from "@/lib/catalogue/xlsx/columns";

/** A catalogue version as a workbook admins can edit and import again as a new version. */
export function catalogueWorkbook(catalogue: TCatalogue): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Zona Integritas";
  const sheet = (spec: TSheetSpec) => {
    const target = workbook.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }] });
    target.columns = spec.columns.map((c) => ({ header: c.header, key: c.field, width: c.width }));
    target.getRow(1).font = { bold: true };
    return target;
  };
  const meta = sheet(CATALOGUE_SHEETS.catalogue);
  meta.addRows([["code", catalogue.code], ["title", catalogue.title], ["regulation", catalogue.regulation]]);

  const nodes = sheet(CATALOGUE_SHEETS.nodes);
  const questions = sheet(CATALOGUE_SHEETS.questions);
  const options = sheet(CATALOGUE_SHEETS.options);
  const inputs = sheet(CATALOGUE_SHEETS.inputs);
  const constraints = sheet(CATALOGUE_SHEETS.constraints);
  const visit = (node: TNode, parent: string | null) => {
    nodes.addRow({ code: node.code, kind: node.kind, parent, title: node.title, weight: node.weight });
    for (const item of node.items) {
      const f = item.formula;
      questions.addRow({
        code: item.code, node: node.code, text: item.text, answerType: item.answerType, weight: item.weight, guidance: item.guidance,
        expectedEvidence: item.expectedEvidence.join("\n") || null,
        "formula.kind": f?.kind ?? null,
        "formula.numerator": f?.kind === "ratio" ? f.numerator.join(LIST_SEPARATOR) : null,
        "formula.denominator": f?.kind === "ratio" ? f.denominator.join(LIST_SEPARATOR) : null,
        "formula.whenDenominatorZero": f?.kind === "ratio" ? f.whenDenominatorZero : null,
        "formula.previous": f?.kind === "decrease" ? f.previous : null,
        "formula.current": f?.kind === "decrease" ? f.current : null,
        "formula.whenPreviousZero.currentZero": f?.kind === "decrease" ? f.whenPreviousZero.currentZero : null,
        "formula.whenPreviousZero.currentPositive": f?.kind === "decrease" ? f.whenPreviousZero.currentPositive : null,
        key: item.key ?? null,
      });
      for (const option of item.options) options.addRow({ question: item.code, key: option.key, label: option.label, value: option.value });
      for (const input of item.inputs) inputs.addRow({ question: item.code, key: input.key, label: input.label });
      for (const rule of item.constraints ?? []) {
        constraints.addRow({ question: item.code, kind: rule.kind, parts: rule.parts.join(LIST_SEPARATOR), total: rule.total.join(LIST_SEPARATOR), message: rule.message ?? null });
      }
    }
    for (const child of node.children) visit(child, node.code);
  };
  catalogue.components.forEach((component) => visit(component, null));
  for (const [target, column] of [[questions, "text"], [options, "label"], [constraints, "message"]] as const) target.getColumn(column).alignment = { wrapText: true, vertical: "top" };

  const predicates = sheet(CATALOGUE_SHEETS.predicates);
  for (const rule of catalogue.predicates) {
    predicates.addRow({ predicate: rule.code, rule: PREDICATE_RULES.totalMin, value: rule.totalMin });
    predicates.addRow({ predicate: rule.code, rule: PREDICATE_RULES.areaMinShareOfWeight, value: rule.areaMinShareOfWeight });
    for (const minimum of rule.nodeMinimums) predicates.addRow({ predicate: rule.code, rule: PREDICATE_RULES.hasil, code: minimum.code, value: minimum.min });
    for (const label of rule.preconditions) predicates.addRow({ predicate: rule.code, rule: PREDICATE_RULES.precondition, value: label });
  }
  return workbook;
}
