import type { TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { formatDate, formatScore } from "@/lib/format";
import { documentTitle, fieldList, letterhead, pageSetup, placeAndDate, ruledTable } from "@/lib/documents/pdf/layout";
import type { TIndexDocument } from "@/lib/pekppp/documents/index-document-data";

/**
 * Laporan hasil PEKPPP (seed 004's format): the unit, its index and category, and per aspect the
 * recommendations: every indicator below the top level with the team's agreed note.
 */
export function pekpppReportDefinition(doc: TIndexDocument): TDocumentDefinitions {
  const rows: TableCell[][] = doc.result.aspects.map((aspect, index) => {
    const gaps = (doc.notesByAspect[aspect.code] ?? []).filter((n) => n.level < 5);
    const text = gaps.length
      ? gaps.map((n) => `${n.code} (nilai ${n.level}): ${n.note || "tingkatkan hingga memenuhi uraian nilai 5"}`).join("\n")
      : "Pertahankan: seluruh indikator mencapai nilai 5.";
    return [{ text: `${index + 1}.`, alignment: "center" as const }, `${aspect.title}\n(nilai ${formatScore(aspect.value)})`, text];
  });
  return {
    ...pageSetup({ final: true, title: `Laporan Hasil PEKPPP ${doc.unitName} ${doc.year}` }),
    content: [
      letterhead(doc.letterhead),
      documentTitle(["LAPORAN HASIL PEMANTAUAN EVALUASI", "PENYELENGGARAAN PELAYANAN PUBLIK", `TAHUN ${doc.year}`], null),
      fieldList([["Instansi", doc.agencyName], ["Unit Kerja", doc.unitName], ["Capaian Indeks", `${formatScore(doc.result.value ?? "0")} · kategori ${doc.category.code} (${doc.category.label})`]]),
      { text: doc.category.description, italics: true, margin: [0, 4, 0, 8] },
      ruledTable([26, 130, "*"], ["NO", "ASPEK", "REKOMENDASI"], rows),
      placeAndDate(doc.place, formatDate(doc.issuedAt)),
    ],
  };
}
