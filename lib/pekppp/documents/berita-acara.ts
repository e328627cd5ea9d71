import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { formatDate, formatScore } from "@/lib/format";
import { dateInWords } from "@/lib/documents/indonesian-words";
import { documentTitle, letterhead, pageSetup, placeAndDate, ruledTable, signatureBlock } from "@/lib/documents/pdf/layout";
import type { TIndexDocument } from "@/lib/pekppp/documents/index-document-data";

/**
 * Berita Acara hasil PEKPPP per unit, seed 004's template: the six components with what the team
 * found (aspect value and the agreed notes), the result, signed by the unit ("Mengetahui") and
 * by every evaluator of the team, the lead as Ketua.
 */
export function pekpppBeritaAcaraDefinition(doc: TIndexDocument): TDocumentDefinitions {
  const rows: TableCell[][] = doc.result.aspects.map((aspect, index) => {
    const notes = (doc.notesByAspect[aspect.code] ?? []).filter((n) => n.note).map((n) => `${n.code}: ${n.note}`).join("\n");
    return [
      { text: String(index + 1), alignment: "center" as const }, aspect.title.toUpperCase(),
      `Nilai aspek ${formatScore(aspect.value)} (bobot ${formatScore(aspect.weight * 100)}%)`, notes || "-",
    ];
  });
  const unitSide: Content = { stack: [{ text: "Mengetahui," }, signatureBlock(doc.unitHead ? { ...doc.unitHead, role: `${doc.unitHead.role},` } : { role: `${doc.unitName},`, name: "(..................................)", nip: null })] };
  const team = doc.result.team.map((member, index) => signatureBlock({
    role: member.role === "LEAD" ? "Ketua," : index === 1 ? "Anggota," : "", name: member.name, nip: member.nip,
  }));
  return {
    ...pageSetup({ final: true, title: `Berita Acara PEKPPP ${doc.unitName} ${doc.year}` }),
    content: [
      letterhead(doc.letterhead),
      documentTitle(["BERITA ACARA HASIL PEMERIKSAAN DOKUMEN MELALUI", "METODE DESK EVALUASI TENTANG PENYELENGGARAAN", "PELAYANAN PUBLIK", `PADA UNIT LOKUS ${doc.unitName.toUpperCase()} TAHUN ${doc.year}`], doc.beritaAcaraNumber),
      {
        text: `Pada hari ini ${dateInWords(doc.issuedAt)} (${formatDate(doc.issuedAt)}), kami Tim Pemantauan dan Evaluasi Penyelenggaraan Pelayanan Publik ${doc.agencyName}, berdasarkan hasil pemeriksaan dokumen melalui metode desk evaluation pada ${doc.periodName}, menyatakan sebagai berikut:`,
        alignment: "justify", margin: [0, 0, 0, 8],
      },
      ruledTable([22, 130, 110, "*"], ["NO", "KOMPONEN", "PENGAMATAN LAPANGAN", "KETERANGAN"], rows),
      {
        text: `Indeks F-02 ${formatScore(doc.result.formIndex)}, indeks F-03 ${formatScore(doc.result.surveyIndex ?? "0")} (${doc.result.survey.count} jawaban pengguna layanan); Indeks Pelayanan Publik ${formatScore(doc.result.value ?? "0")}, kategori ${doc.category.code} (${doc.category.label}).`,
        alignment: "justify", margin: [0, 10, 0, 6],
      },
      { text: "Demikian berita acara ini dibuat sebagaimana mestinya." },
      placeAndDate(doc.place, formatDate(doc.issuedAt)),
      { columns: [{ width: "45%", stack: [unitSide] }, { width: "55%", stack: [{ text: "TIM EVALUATOR", bold: true }, ...team] }], columnGap: 16 },
    ],
  };
}
