import { NARRATIVE_MAX } from "@/lib/assessments/schemas";
import { parseDecimal } from "@/lib/format";
import { listItems } from "@/lib/scoring/catalogue-walk";
import { listNodes } from "@/lib/scoring/catalogue-walk";
import type { TCatalogue, TItem } from "@/lib/scoring/types";
import { validateAnswer } from "@/lib/scoring/validate-answer";
import { isPlainText } from "@/lib/validation";
import type { TCellRead } from "@/lib/workbook/import/cells";
import type { TRawRow, TSheetRead } from "@/lib/workbook/import/sheet-rows";

// Turns the rows of an uploaded sheet into one proposed answer per item, or names what is wrong
// with a row. Every answer goes through validateAnswer, the check of a single save, so an import
// accepts exactly what the form accepts. Pure: no database.

/** What the file says for one item: the validated answer, and the narrative (null: not in the file). */
export type TProposal = { item: TItem; row: number; answer: unknown; narrative: string | null };
export type TRowProblem = { row: number | null; code: string; message: string };

/** counts: per input position, the count (null: empty cell) and the row it was read from. */
type TDraft = { item: TItem; row: number; answer: unknown; narrative: string | null; counts: Map<number, { count: number | null; row: number }>; failed: boolean };

export function interpretRows(catalogue: TCatalogue, sheet: TSheetRead): { proposals: TProposal[]; problems: TRowProblem[] } {
  const items = new Map(listItems(catalogue).map(({ item }) => [item.code, item]));
  const nodes = new Set(listNodes(catalogue).map(({ node }) => node.code));
  const lower = new Map([...items.keys()].map((code) => [code.toLowerCase(), code]));
  const problems: TRowProblem[] = sheet.uncodedRows.map((row) => ({ row, code: "", message: "Baris berisi jawaban tetapi kolom Kode kosong; jawaban ini tidak dapat ditempatkan." }));
  const drafts = new Map<string, TDraft>();
  const seenRow = new Map<string, number>();
  const fail = (draft: TDraft | undefined, row: number, code: string, message: string) => {
    problems.push({ row, code, message });
    if (draft) draft.failed = true;
  };
  const draftOf = (item: TItem, row: number) => {
    let draft = drafts.get(item.code);
    if (!draft) drafts.set(item.code, (draft = { item, row, answer: null, narrative: null, counts: new Map(), failed: false }));
    return draft;
  };

  for (const raw of sheet.rows) {
    const code = items.has(raw.code) ? raw.code : (lower.get(raw.code.toLowerCase()) ?? raw.code);
    const earlier = seenRow.get(code);
    if (earlier !== undefined && (items.has(code) || inputOf(items, code))) {
      fail(drafts.get(itemCodeOf(items, code)), raw.row, code, `Kode ${code} muncul lebih dari sekali (baris ${earlier} dan ${raw.row}); hapus salah satunya.`);
      continue;
    }
    seenRow.set(code, raw.row);
    const item = items.get(code);
    if (item) {
      const draft = draftOf(item, raw.row);
      draft.row = raw.row;
      readItemRow(draft, raw, sheet.hasNarrative, (message) => fail(draft, raw.row, code, message));
      continue;
    }
    const input = inputOf(items, code);
    if (input) {
      const draft = draftOf(input.item, raw.row);
      const count = readCount(raw, input.label);
      if (typeof count === "string") fail(draft, raw.row, code, count);
      else draft.counts.set(input.position, { count, row: raw.row });
      continue;
    }
    if (!nodes.has(code)) fail(undefined, raw.row, code, `Kode '${code}' tidak dikenal pada katalog LKE ini (baris ${raw.row}).`);
  }

  const proposals: TProposal[] = [];
  for (const draft of drafts.values()) {
    if (draft.failed) continue;
    if (draft.item.answerType === "PERCENT") {
      const filled = [...draft.counts].filter(([, read]) => read.count !== null);
      draft.answer = filled.length ? { inputs: Object.fromEntries(filled.map(([position, { count }]) => [draft.item.inputs[position]!.key, count])) } : null;
    }
    const validated = validateAnswer(draft.item, draft.answer);
    if (!validated.ok) {
      problems.push({ ...placeOf(draft, validated.inputKeys), message: validated.message });
      continue;
    }
    proposals.push({ item: draft.item, row: draft.row, answer: validated.answer, narrative: draft.narrative });
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { proposals, problems };
}

/** A count that is too large or breaks a rule is named at its own row (A.II.5.2.a.1), not the item's. */
function placeOf(draft: TDraft, inputKeys: string[] = []): { row: number; code: string } {
  for (const key of inputKeys) {
    const position = draft.item.inputs.findIndex((input) => input.key === key);
    const read = draft.counts.get(position);
    if (read) return { row: read.row, code: `${draft.item.code}.${position + 1}` };
  }
  return { row: draft.row, code: draft.item.code };
}

function inputOf(items: Map<string, TItem>, code: string) {
  const match = /^(.+)\.(\d+)$/.exec(code);
  const item = match ? items.get(match[1]!) : undefined;
  if (!item || item.answerType !== "PERCENT") return null;
  const position = Number(match![2]) - 1;
  const input = item.inputs[position];
  return input ? { item, position, label: input.label } : null;
}

function itemCodeOf(items: Map<string, TItem>, code: string) {
  return items.has(code) ? code : (inputOf(items, code)?.item.code ?? code);
}

function readItemRow(draft: TDraft, raw: TRawRow, hasNarrative: boolean, fail: (message: string) => void) {
  const { item, answer } = { item: draft.item, answer: raw.answer };
  if (hasNarrative && raw.narrative) {
    const narrative = readNarrative(raw.narrative, raw.narrativeAt ?? "");
    if (narrative.ok) draft.narrative = narrative.text;
    else fail(narrative.message);
  }
  if (answer.kind === "formula") return fail(`Sel ${raw.answerAt} berisi rumus; isi jawaban sebagai nilai, bukan rumus.`);
  if (answer.kind === "error" || answer.kind === "other") return fail(`Sel ${raw.answerAt} berisi ${answer.text}, bukan jawaban.`);
  if (item.answerType === "PERCENT") {
    if (answer.kind !== "empty") fail(`Butir persentase diisi pada baris jumlah di bawahnya (${item.code}.1 dan seterusnya), bukan pada baris butir (sel ${raw.answerAt}).`);
    return;
  }
  if (answer.kind === "empty") return;
  if (item.answerType === "SURVEY_INDEX_0_4") {
    const index = answer.kind === "number" ? answer.value : parseDecimal(answer.text);
    if (Number.isNaN(index)) return fail(`Indeks survei pada sel ${raw.answerAt} harus berupa angka 0,00–4,00, bukan '${answer.kind === "text" ? answer.text : ""}'.`);
    draft.answer = { surveyIndex: index };
    return;
  }
  const key = answer.kind === "number" ? String(answer.value) : answer.text.toUpperCase();
  const option = item.options.find((o) => o.key.toUpperCase() === key);
  if (!option) return fail(`Jawaban '${key}' pada sel ${raw.answerAt} tidak valid untuk butir ini; pilih salah satu dari ${item.options.map((o) => o.key).join(", ")}.`);
  draft.answer = { optionKey: option.key };
}

function readNarrative(cell: TCellRead, at: string): { ok: true; text: string } | { ok: false; message: string } {
  if (cell.kind === "formula") return { ok: false, message: `Sel ${at} berisi rumus; isi narasi sebagai teks.` };
  if (cell.kind === "error") return { ok: false, message: `Sel ${at} berisi ${cell.text}, bukan narasi.` };
  const text = cell.kind === "empty" ? "" : cell.kind === "number" ? String(cell.value) : cell.text;
  if (text.length > NARRATIVE_MAX) return { ok: false, message: `Narasi pada sel ${at} lebih dari ${NARRATIVE_MAX.toLocaleString("id-ID")} karakter.` };
  if (!isPlainText(text)) return { ok: false, message: `Narasi pada sel ${at} berisi karakter kontrol yang tidak diizinkan.` };
  return { ok: true, text };
}

/** A count (jumlah) as a whole number, null when empty, or the problem as text. */
function readCount(raw: TRawRow, label: string): number | null | string {
  const cell = raw.answer;
  if (cell.kind === "empty") return null;
  if (cell.kind === "formula") return `Sel ${raw.answerAt} berisi rumus; isi jumlah (${label}) sebagai angka, bukan rumus.`;
  if (cell.kind === "number") return cell.value;
  if (cell.kind === "text" && /^\d+$/.test(cell.text)) return Number(cell.text);
  return `Jumlah pada sel ${raw.answerAt} (${label}) harus bilangan bulat 0 atau lebih.`;
}
