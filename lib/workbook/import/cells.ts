import type ExcelJS from "exceljs";

// What an uploaded cell holds, from the importer's point of view. A formula or an error where a
// value is expected is reported, never guessed at.

export type TCellRead =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "formula" }
  | { kind: "error"; text: string }
  | { kind: "other"; text: string };

export function readCell(cell: ExcelJS.Cell): TCellRead {
  const value = cell.value;
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : { kind: "error", text: String(value) };
  if (typeof value === "string") return value.trim() === "" ? { kind: "empty" } : { kind: "text", text: value.trim() };
  if (typeof value === "boolean") return { kind: "other", text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return { kind: "other", text: "tanggal" };
  if ("formula" in value || "sharedFormula" in value) return { kind: "formula" };
  if ("error" in value) return { kind: "error", text: String(value.error) };
  if ("richText" in value) return textRead(value.richText.map((part) => part.text).join(""));
  if ("text" in value) return textRead(String(value.text));
  return { kind: "other", text: "isi tidak dikenal" };
}

function textRead(text: string): TCellRead {
  return text.trim() === "" ? { kind: "empty" } : { kind: "text", text: text.trim() };
}

/** Header text as compared: lower case, single spaces. */
export function headerKey(cell: ExcelJS.Cell): string {
  const read = readCell(cell);
  return read.kind === "text" ? read.text.toLowerCase().replace(/\s+/g, " ") : "";
}
