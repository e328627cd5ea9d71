import "server-only";
import QRCode from "qrcode";
import type { TSurveyAccess } from "@/lib/access/survey-access";
import { prisma } from "@/lib/db";
import { getCatalogue } from "@/lib/catalogue/queries";
import { renderPdf } from "@/lib/documents/pdf/render-pdf";

/** An A4 poster for the service counter: the unit, the survey, a large QR code and the address. */
export async function surveyPosterPdf(access: TSurveyAccess, url: string): Promise<Buffer> {
  const [{ catalogue }, unit] = await Promise.all([
    getCatalogue(access.survey.catalogueVersionId),
    prisma.unit.findUniqueOrThrow({ where: { id: access.assessment.unitId }, select: { name: true } }),
  ]);
  const qr = await QRCode.toString(url, { type: "svg", margin: 0, errorCorrectionLevel: "M" });
  return renderPdf({
    pageSize: "A4",
    pageMargins: [56, 64, 56, 64],
    info: { title: `${catalogue.title} · ${unit.name}` },
    content: [
      { text: unit.name, fontSize: 18, bold: true, alignment: "center" },
      { text: catalogue.title, fontSize: 24, bold: true, alignment: "center", margin: [0, 16, 0, 8] },
      { text: "Bantu kami menjadi lebih baik: isi survei singkat ini (kurang dari dua menit, tanpa nama).", fontSize: 13, alignment: "center", margin: [0, 0, 0, 24] },
      { svg: qr, width: 300, alignment: "center" },
      { text: "Pindai kode QR dengan kamera ponsel, atau buka:", fontSize: 12, alignment: "center", margin: [0, 24, 0, 4] },
      { text: url, fontSize: 12, bold: true, alignment: "center" },
      { text: "Jawaban Anda anonim dan tidak dapat diubah oleh petugas.", fontSize: 10, alignment: "center", margin: [0, 24, 0, 0], color: "#475569" },
    ],
  });
}
