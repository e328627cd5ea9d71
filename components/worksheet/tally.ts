import type { TWorksheetSection } from "@/lib/worksheet/types";

/** What the page's live counters start from: per item, answered on this sheet and evidence count. */
export function tallyOf(sections: TWorksheetSection[]) {
  const rows = sections.flatMap((s) => s.indicators.flatMap((i) => i.rows));
  return Object.fromEntries(rows.map((row) => [row.id, { answered: row.answer !== null && row.answer.value !== null, evidence: row.evidence.count }]));
}
