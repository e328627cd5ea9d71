import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { formatDate, formatPercent, formatScore } from "@/lib/format";
import type { TEvaluationDocument } from "@/lib/documents/document-data";
import { dateInWords } from "@/lib/documents/indonesian-words";
import { documentTitle, letterhead, pageSetup, placeAndDate, ruledTable, signatureBlock, type TSigner } from "@/lib/documents/pdf/layout";

/**
 * Berita Acara of the TPI's evaluation, the PEKPPP template (seed 004) adapted to ZI: who
 * evaluated, when, what (the LKE and its evidence), the result per area and the conclusion,
 * signed by the unit's head ("Mengetahui") and the team.
 */
export function beritaAcaraDefinition(doc: TEvaluationDocument): TDocumentDefinitions {
  const { lhe } = doc;
  const rows: TableCell[][] = lhe.areas.map((area, index) => [
    { text: String(index + 1), alignment: "center" as const }, `${area.code} ${area.title}\n(${area.partTitle})`,
    { text: formatScore(area.self), alignment: "right" as const }, { text: formatScore(area.evaluator), alignment: "right" as const },
    area.weight > 0 ? `${formatPercent(area.evaluator / area.weight)} dari bobot ${formatScore(area.weight)}` : "-",
  ]);
  rows.push([
    "", { text: "NILAI TOTAL", bold: true },
    { text: formatScore(lhe.totals.self), alignment: "right", bold: true }, { text: formatScore(lhe.totals.evaluator), alignment: "right", bold: true }, "",
  ]);
  const met = lhe.predicates.filter((p) => p.met).map((p) => p.code);
  const best = met.includes("WBBM") ? "WBBM" : met.includes("WBK") ? "WBK" : null;
  const conclusion = best
    ? `memenuhi syarat untuk diusulkan kepada Tim Penilai Nasional sebagai unit kerja berpredikat ${best}.`
    : "belum memenuhi syarat untuk diusulkan kepada Tim Penilai Nasional sebagai unit kerja berpredikat WBK maupun WBBM.";

  const team: TSigner[] = lhe.evaluators.map((e) => ({ role: e.role === "LEAD" ? "Ketua," : "Anggota,", name: e.name, nip: e.nip ?? null }));
  const unitSide: Content = doc.issued.unitHead
    ? { stack: [{ text: "Mengetahui," }, signatureBlock({ ...doc.issued.unitHead, role: `${doc.issued.unitHead.role},` })] }
    : { stack: [{ text: "Mengetahui," }, signatureBlock({ role: `Kepala ${lhe.unitName},`, name: "(..................................)", nip: null })] };

  return {
    ...pageSetup({ final: doc.final, title: `Berita Acara Evaluasi ZI ${lhe.unitName} ${doc.year}` }),
    content: [
      letterhead(doc.letterhead),
      documentTitle(["BERITA ACARA", "HASIL EVALUASI PEMBANGUNAN ZONA INTEGRITAS", `PADA ${lhe.unitName.toUpperCase()} TAHUN ${doc.year}`], doc.beritaAcaraNumber ?? (doc.final ? "-" : null)),
      {
        text: `Pada hari ini ${dateInWords(doc.issuedAt)} (${formatDate(doc.issuedAt)}), kami Tim Penilai Internal ${doc.agencyName}, berdasarkan hasil evaluasi atas Lembar Kerja Evaluasi Zona Integritas beserta bukti dukung ${lhe.unitName} pada ${lhe.periodName} (${lhe.catalogueLabel}), menyatakan sebagai berikut:`,
        alignment: "justify", margin: [0, 0, 0, 8],
      },
      ruledTable([22, "*", 52, 52, 110], ["NO", "KOMPONEN / AREA", "NILAI MANDIRI", "NILAI TPI", "KETERANGAN"], rows),
      {
        text: `Berdasarkan hasil evaluasi tersebut, ${lhe.unitName} memperoleh nilai ${formatScore(lhe.totals.evaluator)} dan ${conclusion}`,
        alignment: "justify", margin: [0, 10, 0, 6],
      },
      { text: "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya." },
      placeAndDate(doc.issued.place, formatDate(doc.issuedAt)),
      {
        columns: [
          { width: "45%", stack: [unitSide] },
          { width: "55%", stack: [{ text: "TIM PENILAI INTERNAL", bold: true }, ...team.map(signatureBlock)] },
        ],
        columnGap: 16,
      },
    ],
  };
}
