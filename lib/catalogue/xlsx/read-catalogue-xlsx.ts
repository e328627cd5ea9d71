import type ExcelJS from "exceljs";
import { formatIssuePath, type TCatalogueError } from "@/lib/catalogue/catalogue-issue";
import { parseCatalogueFile, type TParseCatalogueResult } from "@/lib/catalogue/schemas";
import { parseDecimal } from "@/lib/format";
import { readCell } from "@/lib/workbook/import/cells";
import { CATALOGUE_SHEETS, LIST_SEPARATOR, PREDICATE_RULES, type TSheetSpec } from "@/lib/catalogue/xlsx/columns";

// A catalogue workbook back into the catalogue FILE format, then through the same validation as
// the JSON import (parseCatalogueFile). Every error names the sheet, row and column it comes from.

type TRow = { row: number; cells: Record<string, string | number | undefined> };
type TObject = Record<string, unknown>;
type TPlace = { sheet: TSheetSpec; row: number };

export function parseCatalogueWorkbook(workbook: ExcelJS.Workbook): TParseCatalogueResult {
  const errors: TCatalogueError[] = [];
  const places = new Map<object, TPlace>();
  const fieldPlaces = new Map<string, TPlace & { field: string }>();
  const read = (spec: TSheetSpec) => readSheet(workbook, spec, errors);
  const [meta, nodeRows, questionRows, optionRows, inputRows, constraintRows, predicateRows] = [
    read(CATALOGUE_SHEETS.catalogue), read(CATALOGUE_SHEETS.nodes), read(CATALOGUE_SHEETS.questions),
    read(CATALOGUE_SHEETS.options), read(CATALOGUE_SHEETS.inputs), read(CATALOGUE_SHEETS.constraints), read(CATALOGUE_SHEETS.predicates),
  ];
  if (errors.length) return { ok: false, errors };
  const problem = (spec: TSheetSpec, row: number, message: string) => errors.push({ path: `${spec.name} baris ${row}`, message });

  const file: TObject = { components: [] as TObject[] };
  for (const { cells } of meta) if (typeof cells.key === "string") file[cells.key] = text(cells.value);

  const nodes = new Map<string, TObject>();
  for (const { row, cells } of nodeRows) {
    const node: TObject = { code: text(cells.code), kind: text(cells.kind), title: text(cells.title), weight: number(cells.weight) };
    places.set(node, { sheet: CATALOGUE_SHEETS.nodes, row });
    const parentCode = text(cells.parent);
    if (parentCode === undefined) (file.components as TObject[]).push(node);
    else if (nodes.has(parentCode)) ((nodes.get(parentCode)!.children ??= []) as TObject[]).push(node);
    else problem(CATALOGUE_SHEETS.nodes, row, `Induk '${parentCode}' tidak ditemukan pada baris di atasnya.`);
    if (typeof node.code === "string") nodes.set(node.code, node);
  }

  const questions = new Map<string, TObject>();
  for (const { row, cells } of questionRows) {
    const question: TObject = { code: text(cells.code), text: text(cells.text), answerType: text(cells.answerType), guidance: text(cells.guidance) ?? "" };
    if (cells.weight !== undefined) question.weight = number(cells.weight);
    if (cells.key !== undefined) question.key = text(cells.key);
    const evidence = text(cells.expectedEvidence);
    if (evidence) question.expectedEvidence = evidence.split("\n").map((line) => line.trim()).filter(Boolean);
    const formula = formulaOf(cells);
    if (formula) question.formula = formula;
    places.set(question, { sheet: CATALOGUE_SHEETS.questions, row });
    const node = nodes.get(text(cells.node) ?? "");
    if (node) ((node.questions ??= []) as TObject[]).push(question);
    else problem(CATALOGUE_SHEETS.questions, row, `Simpul '${text(cells.node) ?? ""}' tidak ada pada lembar Simpul.`);
    if (typeof question.code === "string") questions.set(question.code, question);
  }

  const attach = (rows: TRow[], spec: TSheetSpec, list: "options" | "inputs" | "constraints", make: (cells: TRow["cells"]) => TObject) => {
    for (const { row, cells } of rows) {
      const question = questions.get(text(cells.question) ?? "");
      if (!question) {
        problem(spec, row, `Butir '${text(cells.question) ?? ""}' tidak ada pada lembar Butir.`);
        continue;
      }
      const entry = make(cells);
      places.set(entry, { sheet: spec, row });
      // A problem with the list as a whole ("no options allowed") points at its first row.
      if (!question[list]) places.set((question[list] = []) as TObject[], { sheet: spec, row });
      (question[list] as TObject[]).push(entry);
    }
  };
  attach(optionRows, CATALOGUE_SHEETS.options, "options", (c) => ({ key: text(c.key), label: text(c.label) ?? "", value: number(c.value) }));
  attach(inputRows, CATALOGUE_SHEETS.inputs, "inputs", (c) => ({ key: text(c.key), label: text(c.label) }));
  attach(constraintRows, CATALOGUE_SHEETS.constraints, "constraints", (c) => {
    const rule: TObject = { kind: text(c.kind), parts: keyList(c.parts), total: keyList(c.total) };
    if (c.message !== undefined) rule.message = text(c.message);
    return rule;
  });

  const predicates: Record<string, TObject> = {};
  for (const { row, cells } of predicateRows) {
    const name = text(cells.predicate) ?? "";
    if (name !== "WBK" && name !== "WBBM") {
      problem(CATALOGUE_SHEETS.predicates, row, `Predikat harus WBK atau WBBM, bukan '${name}'.`);
      continue;
    }
    const rule = (predicates[name] ??= { hasil: {}, preconditions: [] });
    const place = (field: string, path: string) => fieldPlaces.set(path, { sheet: CATALOGUE_SHEETS.predicates, row, field });
    switch (text(cells.rule)) {
      case PREDICATE_RULES.totalMin: rule.totalMin = number(cells.value); place("value", `predicates.${name}.totalMin`); break;
      case PREDICATE_RULES.areaMinShareOfWeight: rule.areaMinShareOfWeight = number(cells.value); place("value", `predicates.${name}.areaMinShareOfWeight`); break;
      case PREDICATE_RULES.hasil: (rule.hasil as TObject)[text(cells.code) ?? ""] = number(cells.value); place("value", `predicates.${name}.hasil`); break;
      case PREDICATE_RULES.precondition: (rule.preconditions as unknown[]).push(text(cells.value)); place("value", `predicates.${name}.preconditions[${(rule.preconditions as unknown[]).length - 1}]`); break;
      default: problem(CATALOGUE_SHEETS.predicates, row, `Aturan harus salah satu dari: ${Object.values(PREDICATE_RULES).join(", ")}.`);
    }
  }
  file.predicates = predicates;
  if (errors.length) return { ok: false, errors };

  const parsed = parseCatalogueFile(file);
  if (parsed.ok) return parsed;
  const located = locate(file, places, fieldPlaces);
  return { ok: false, errors: parsed.errors.map((error) => ({ path: located(error.path), message: error.message })) };
}

function readSheet(workbook: ExcelJS.Workbook, spec: TSheetSpec, errors: TCatalogueError[]): TRow[] {
  const sheet = workbook.getWorksheet(spec.name);
  if (!sheet) {
    errors.push({ path: spec.name, message: `Lembar '${spec.name}' tidak ada. Gunakan berkas hasil unduhan katalog (XLSX) sebagai acuan.` });
    return [];
  }
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const read = readCell(cell);
    const column_ = spec.columns.find((c) => read.kind === "text" && c.header.toLowerCase() === read.text.toLowerCase());
    if (column_) columns.set(column_.field, column);
  });
  const missing = spec.columns.filter((c) => !columns.has(c.field)).map((c) => `'${c.header}'`);
  if (missing.length) {
    errors.push({ path: `${spec.name} baris 1`, message: `Kolom ${missing.join(", ")} tidak ada pada baris judul.` });
    return [];
  }
  const rows: TRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells: TRow["cells"] = {};
    let filled = false;
    for (const [field, column] of columns) {
      const cell = sheet.getRow(r).getCell(column);
      const read = readCell(cell);
      if (read.kind === "empty") continue;
      filled = true;
      // Texts exactly as typed (readCell trims): a round trip must give the same catalogue.
      if (read.kind === "text") cells[field] = typeof cell.value === "string" ? cell.value : read.text;
      else if (read.kind === "number") cells[field] = read.value;
      else errors.push({ path: `${spec.name} ${cell.address}`, message: read.kind === "formula" ? "Sel berisi rumus; isi nilainya." : `Sel berisi ${read.text}, bukan nilai.` });
    }
    if (filled) rows.push({ row: r, cells });
  }
  return rows;
}

function text(value: string | number | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

/** Numbers typed as text ("0,5") are read as numbers; anything else goes to validation as it is. */
function number(value: string | number | undefined): unknown {
  if (typeof value !== "string") return value;
  const parsed = parseDecimal(value);
  return Number.isNaN(parsed) ? value : parsed;
}

/** "lalu, kini" -> ["lalu", "kini"]: input keys listed in one cell. */
function keyList(value: string | number | undefined): string[] {
  return (text(value) ?? "").split(LIST_SEPARATOR).map((k) => k.trim()).filter(Boolean);
}

function formulaOf(cells: TRow["cells"]): TObject | null {
  const kind = text(cells["formula.kind"]);
  if (!kind) return null;
  if (kind === "ratio") {
    return { kind, numerator: keyList(cells["formula.numerator"]), denominator: keyList(cells["formula.denominator"]), whenDenominatorZero: number(cells["formula.whenDenominatorZero"]) };
  }
  if (kind === "decrease") {
    return {
      kind, previous: text(cells["formula.previous"]), current: text(cells["formula.current"]),
      whenPreviousZero: { currentZero: number(cells["formula.whenPreviousZero.currentZero"]), currentPositive: number(cells["formula.whenPreviousZero.currentPositive"]) },
    };
  }
  return { kind };
}

/** "components[0].questions[2].formula.kind" -> "Butir baris 14, kolom 'Rumus'". */
function locate(file: TObject, places: Map<object, TPlace>, fieldPlaces: Map<string, TPlace & { field: string }>) {
  const byPath = new Map<string, TPlace>();
  const walk = (value: unknown, path: (string | number)[]) => {
    if (value === null || typeof value !== "object") return;
    const place = places.get(value);
    if (place) byPath.set(formatIssuePath(path), place);
    for (const [key, child] of Object.entries(value)) walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
  };
  walk(file, []);
  return (path: string): string => {
    const exact = fieldPlaces.get(path) ?? [...fieldPlaces].find(([p]) => path.startsWith(`${p}.`) || path.startsWith(`${p}[`))?.[1];
    if (exact) return `${exact.sheet.name} baris ${exact.row}, kolom '${header(exact.sheet, exact.field)}'`;
    let best = "";
    for (const candidate of byPath.keys()) {
      if ((path === candidate || path.startsWith(`${candidate}.`) || path.startsWith(`${candidate}[`)) && candidate.length > best.length) best = candidate;
    }
    const place = byPath.get(best);
    if (!place) return path;
    const rest = path.slice(best.length).replace(/^\./, "");
    const column = place.sheet.columns.find((c) => c.field === rest || rest.startsWith(`${c.field}.`) || rest.startsWith(`${c.field}[`));
    return `${place.sheet.name} baris ${place.row}${column ? `, kolom '${column.header}'` : rest ? ` (${rest})` : ""}`;
  };
}

function header(sheet: TSheetSpec, field: string) {
  return sheet.columns.find((c) => c.field === field)?.header ?? field;
}
