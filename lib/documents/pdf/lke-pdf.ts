import type { TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { describeAnswer } from "@/lib/assessments/describe-answer";
import { STATUS_LABEL } from "@/lib/assessments/status-labels";
import { formatDateTime, formatScore } from "@/lib/format";
import { displayTitle } from "@/lib/scoring/format-id";
import { listNodes } from "@/lib/scoring/catalogue-walk";
import type { TLkeDocument } from "@/lib/documents/lke-document";
import { pageSetup, ruledTable } from "@/lib/documents/pdf/layout";

const FILL = { component: "#cbd5e1", part: "#e2e8f0", area: "#f1f5f9", indicator: undefined } as const;

/** The LKE worksheet as a document: every node with its scores, every item with both answers. */
export function lkeDefinition(doc: TLkeDocument): TDocumentDefinitions {
  const withTpi = doc.evaluator !== null;
  const body: TableCell[][] = [];
  const score = (value: number | undefined) => ({ text: value === undefined ? "" : formatScore(value), alignment: "right" as const });
  for (const { node } of listNodes(doc.catalogue)) {
    const fill = FILL[node.kind];
    const bold = node.kind !== "indicator";
    const nodeRow: TableCell[] = [
      { text: node.code, bold, fillColor: fill }, { text: displayTitle(node.title), bold, fillColor: fill, colSpan: 2 }, "",
      { ...score(doc.self.score.nodes[node.code]?.score), bold, fillColor: fill }, { text: `bobot ${formatScore(node.weight)}`, fillColor: fill, color: "#475569" },
    ];
    if (withTpi) nodeRow.push({ text: "", fillColor: fill }, { ...score(doc.evaluator!.score.nodes[node.code]?.score), bold, fillColor: fill });
    body.push(nodeRow);
    for (const item of node.items) {
      const self = doc.self.answers.get(item.code) ?? null;
      const files = doc.evidence.get(item.code) ?? [];
      const proof = [self?.narrative ?? "", files.length ? `Berkas: ${files.join("; ")}` : ""].filter(Boolean).join("\n");
      const itemRow: TableCell[] = [
        item.code, item.text, describeAnswer(item, self), score(doc.self.score.items[item.code]?.points), { text: proof || "-", fontSize: 8 },
      ];
      if (withTpi) {
        const tpi = doc.evaluator!.answers.get(item.code) ?? null;
        itemRow.push(describeAnswer(item, tpi), score(doc.evaluator!.score.items[item.code]?.points));
      }
      body.push(itemRow);
    }
  }
  const totalRow: TableCell[] = [{ text: "", fillColor: FILL.component }, { text: "NILAI TOTAL", bold: true, colSpan: 2, fillColor: FILL.component }, "",
    { ...score(doc.self.score.total), bold: true, fillColor: FILL.component }, { text: "", fillColor: FILL.component }];
  if (withTpi) totalRow.push({ text: "", fillColor: FILL.component }, { ...score(doc.evaluator!.score.total), bold: true, fillColor: FILL.component });
  body.push(totalRow);

  const widths: (string | number)[] = withTpi ? [44, "*", 110, 34, 150, 110, 34] : [52, "*", 120, 40, 230];
  const header = withTpi
    ? ["Kode", "Komponen / Butir", "Jawaban Unit", "Nilai", "Bukti Dukung", "Jawaban TPI", "Nilai TPI"]
    : ["Kode", "Komponen / Butir", "Jawaban Unit", "Nilai", "Bukti Dukung"];
  return {
    ...pageSetup({ final: doc.status === "FINAL", title: `LKE Zona Integritas ${doc.unitName} ${doc.year}`, landscape: true }),
    content: [
      { text: "LEMBAR KERJA EVALUASI ZONA INTEGRITAS", bold: true, alignment: "center", fontSize: 12 },
      { text: `${doc.unitName.toUpperCase()} — ${doc.agencyName}`, bold: true, alignment: "center" },
      { text: `${doc.periodName} · Status: ${STATUS_LABEL[doc.status]} · Dicetak ${formatDateTime(doc.printedAt)} WIB`, alignment: "center", fontSize: 9, margin: [0, 2, 0, 8] },
      ruledTable(widths, header, body, { fontSize: 8 }),
    ],
  };
}
