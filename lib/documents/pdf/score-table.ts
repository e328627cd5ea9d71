import type { Content, TableCell } from "pdfmake/interfaces";
import type { TLhe, TLheScoreRow } from "@/lib/review/lhe-types";
import { formatPercent, formatScore } from "@/lib/format";
import { ruledTable } from "@/lib/documents/pdf/layout";

const num = (value: number, bold = false, fillColor?: string) => ({ text: formatScore(value), alignment: "right" as const, bold, fillColor });

/**
 * Pengungkit per part (Pemenuhan, Reform) and area, Hasil per part, with subtotals and the
 * total: weight, the unit's self score, the TPI score and the TPI share of the weight.
 */
export function scoreTable(lhe: TLhe): Content {
  const body: TableCell[][] = [];
  const row = (r: TLheScoreRow, label: string, style: { bold?: boolean; fill?: string; indent?: number } = {}) =>
    body.push([
      { text: r.code, bold: style.bold, fillColor: style.fill },
      { text: label, bold: style.bold, fillColor: style.fill, margin: [style.indent ?? 0, 0, 0, 0] },
      num(r.weight, style.bold, style.fill),
      num(r.self, style.bold, style.fill),
      num(r.evaluator, style.bold, style.fill),
      { text: r.weight > 0 ? formatPercent(r.evaluator / r.weight) : "-", alignment: "right", bold: style.bold, fillColor: style.fill },
    ]);
  const components = lhe.parts.filter((p) => !p.code.includes("."));
  for (const component of components) {
    body.push([{ text: component.code, bold: true }, { text: component.title.toUpperCase(), bold: true, colSpan: 5 }, "", "", "", ""]);
    const parts = lhe.parts.filter((p) => p.code.startsWith(`${component.code}.`));
    for (const part of parts) {
      const areas = lhe.areas.filter((a) => a.code.startsWith(`${part.code}.`));
      if (areas.length === 0) {
        row(part, part.title, { indent: 6 });
        continue;
      }
      body.push([{ text: part.code, bold: true }, { text: part.title, bold: true, colSpan: 5, margin: [6, 0, 0, 0] }, "", "", "", ""]);
      for (const area of areas) row(area, area.title, { indent: 12 });
      row(part, `Jumlah ${part.title}`, { bold: true, indent: 6, fill: "#f1f5f9" });
    }
    row(component, `Jumlah ${component.title}`, { bold: true, fill: "#e2e8f0" });
  }
  const weight = components.reduce((sum, c) => sum + c.weight, 0);
  body.push([
    { text: "", fillColor: "#cbd5e1" }, { text: "NILAI TOTAL", bold: true, fillColor: "#cbd5e1" }, num(weight, true, "#cbd5e1"),
    num(lhe.totals.self, true, "#cbd5e1"), num(lhe.totals.evaluator, true, "#cbd5e1"),
    { text: weight > 0 ? formatPercent(lhe.totals.evaluator / weight) : "-", alignment: "right", bold: true, fillColor: "#cbd5e1" },
  ]);
  return ruledTable([40, "*", 42, 50, 50, 50], ["Kode", "Komponen / Area", "Bobot", "Nilai Mandiri", "Nilai TPI", "% Bobot (TPI)"], body);
}
