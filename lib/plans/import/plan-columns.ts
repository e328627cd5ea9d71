// The words of a rencana aksi sheet as units write them (seed 002, PN Sarolangun 2021) and as our
// own export writes them (lib/plans/plan-sheet.ts). Pure: shared by the reader and its tests.

export type TPlanColumn = "area" | "indicator" | "step" | "output" | "person" | "target" | "months";

const HEADERS: Record<TPlanColumn, readonly string[]> = {
  area: ["komponen", "area", "komponen area"],
  indicator: ["indikator"],
  step: ["langkah aksi", "langkah langkah aksi", "rencana aksi", "kegiatan"],
  output: ["bukti fisik", "bukti fisik output", "output", "keluaran", "bukti dukung"],
  person: ["penanggung jawab", "pj", "pic"],
  target: ["target", "target waktu", "tanggal target", "batas waktu"],
  months: ["bulan", "bulan rencana", "bulan pelaksanaan"],
};

const MONTH_WORDS: readonly (readonly string[])[] = [
  ["jan", "januari", "january"], ["feb", "peb", "februari", "pebruari", "february"], ["mar", "maret", "march"], ["apr", "april"],
  ["mei", "may"], ["jun", "juni", "june"], ["jul", "juli", "july"], ["ag", "agu", "ags", "agt", "agustus", "aug", "august"],
  ["sep", "sept", "september"], ["okt", "oct", "oktober", "october"], ["nov", "nop", "november", "nopember"], ["des", "dec", "desember", "december"],
];

/** Lower case letters and digits, single spaces: "BUKTI FISIK/OUTPUT" -> "bukti fisik output". */
export function normaliseWords(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

export function columnOfHeader(text: string): TPlanColumn | null {
  const key = normaliseWords(text);
  return (Object.keys(HEADERS) as TPlanColumn[]).find((column) => HEADERS[column].includes(key)) ?? null;
}

/** 1..12 for a month's name or abbreviation (Indonesian or English), else null. */
export function monthOfWord(text: string): number | null {
  const key = normaliseWords(text);
  const index = MONTH_WORDS.findIndex((words) => words.includes(key));
  return index < 0 ? null : index + 1;
}

/**
 * A month cell's mark: "planned" for the ticks units use (V, ✓, X, 1) and the marks of our export
 * (○ planned, V realised, ! late), "unplanned" for our export's "(V)" (realised outside the plan:
 * not a planned month), null when the cell says something else.
 */
export function readMark(text: string): "planned" | "unplanned" | null {
  const mark = text.trim().toLowerCase();
  if (mark === "(v)") return "unplanned";
  return ["v", "✓", "✔", "√", "x", "○", "o", "●", "•", "!", "1"].includes(mark) ? "planned" : null;
}

/** "1, 3, Mei" or "1-3": each month 1..12, or the problem of the first part that is not. */
export function parseMonthList(text: string): { months: number[]; problem: string | null } {
  const months = new Set<number>();
  for (const part of text.split(/[,;/]+|\s+dan\s+/).map((p) => p.trim()).filter(Boolean)) {
    const range = part.match(/^(\d+)\s*[-–]\s*(\d+)$/);
    const [from, to] = range ? [Number(range[1]), Number(range[2])] : /^\d+$/.test(part) ? [Number(part), Number(part)] : [null, null];
    if (from !== null && to !== null) {
      const outside = [from, to].find((m) => m < 1 || m > 12);
      if (outside !== undefined) return { months: [], problem: `Bulan ${outside} di luar 1-12 (Januari-Desember).` };
      for (let m = Math.min(from, to); m <= Math.max(from, to); m++) months.add(m);
      continue;
    }
    const month = monthOfWord(part);
    if (month === null) return { months: [], problem: `Bulan '${part}' tidak dikenali; tulis angka 1-12 atau nama bulan.` };
    months.add(month);
  }
  return { months: [...months].sort((a, b) => a - b), problem: null };
}

/** "31 Maret 2026", "2026-03-31", "31/03/2026" or "31-03-2026" as YYYY-MM-DD, else null. */
export function parseDateText(text: string): string | null {
  const value = text.trim();
  let parts: [number, number, number] | null = null;
  const iso = value.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  const numeric = value.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  const words = value.match(/^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric) parts = [Number(numeric[3]), Number(numeric[2]), Number(numeric[1])];
  else if (words && monthOfWord(words[2]!)) parts = [Number(words[3]), monthOfWord(words[2]!)!, Number(words[1])];
  if (!parts) return null;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** The last day of a month of a year, YYYY-MM-DD. */
export function endOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Our export numbers the steps of an indicator ("2. Rapat ..."); the number is not part of the step. */
export function stripStepNumber(text: string): string {
  return text.replace(/^\d{1,3}\s*[.)]\s+/, "").trim();
}

/** Our export adds the LKE document a step's output is to the output's cell, on its last line. */
export const EXPECTED_PREFIX = "Bukti dukung LKE: ";

export function splitOutput(text: string): { output: string; expectedLabel: string | null } {
  const at = text.lastIndexOf(`\n${EXPECTED_PREFIX}`);
  if (at < 0) return { output: text.trim(), expectedLabel: null };
  return { output: text.slice(0, at).trim(), expectedLabel: text.slice(at + 1 + EXPECTED_PREFIX.length).trim() };
}

/** Descriptions compared the way people see them: case, spacing and the trailing dot ignored. */
export function sameStepKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").replace(/[.\s]+$/, "").trim();
}
