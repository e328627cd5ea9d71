import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { formatDate, formatScore } from "@/lib/format";
import { letterhead, pageSetup, placeAndDate } from "@/lib/documents/pdf/layout";
import { InvalidStateError } from "@/lib/errors";
import type { TIndexDocument } from "@/lib/pekppp/documents/index-document-data";

/** Sertifikat Penghargaan for a unit in the certificate's category (A, Pelayanan Prima), only. */
export function pekpppCertificateDefinition(doc: TIndexDocument): TDocumentDefinitions {
  if (!doc.category.award) throw new InvalidStateError(`Sertifikat hanya untuk kategori ${"A (Pelayanan Prima)"}; unit ini berkategori ${doc.category.code}.`);
  return {
    ...pageSetup({ final: true, title: `Sertifikat Penghargaan PEKPPP ${doc.unitName} ${doc.year}`, landscape: true }),
    content: [
      letterhead(doc.letterhead),
      { text: "SERTIFIKAT PENGHARGAAN", fontSize: 26, bold: true, alignment: "center", margin: [0, 24, 0, 12] },
      { text: "diberikan kepada", alignment: "center" },
      { text: doc.unitName, fontSize: 20, bold: true, alignment: "center", margin: [0, 8, 0, 8] },
      { text: `atas capaian Indeks Pelayanan Publik ${formatScore(doc.result.value ?? "0")} dengan kategori ${doc.category.code} "${doc.category.label}"`, alignment: "center" },
      { text: `pada Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik ${doc.year}`, alignment: "center", margin: [0, 4, 0, 0] },
      placeAndDate(doc.place, formatDate(doc.issuedAt)),
    ],
  };
}
