import "server-only";
import type { TSessionUser } from "@/lib/auth/load-user";
import { NotFoundError } from "@/lib/errors";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { renderPdf } from "@/lib/documents/pdf/render-pdf";
import { getIndexDocument } from "@/lib/pekppp/documents/index-document-data";
import { pekpppBeritaAcaraDefinition } from "@/lib/pekppp/documents/berita-acara";
import { pekpppReportDefinition } from "@/lib/pekppp/documents/evaluation-report";
import { pekpppCertificateDefinition } from "@/lib/pekppp/documents/certificate";

const DOCUMENTS = {
  "berita-acara": { define: pekpppBeritaAcaraDefinition, name: "Berita-Acara-PEKPPP" },
  laporan: { define: pekpppReportDefinition, name: "Laporan-Hasil-PEKPPP" },
  sertifikat: { define: pekpppCertificateDefinition, name: "Sertifikat-PEKPPP" },
} as const;

/** A PEKPPP document of a final evaluation as PDF, for those who may read the assessment. */
export async function renderIndexDocument(user: TSessionUser, assessmentId: string, document: string) {
  const kind = DOCUMENTS[document as keyof typeof DOCUMENTS];
  if (!kind) throw new NotFoundError("Dokumen tidak ditemukan.");
  const doc = await getIndexDocument(await authorizeAssessment(user, assessmentId, "assessment.read"));
  const bytes = await renderPdf(kind.define(doc));
  const fileName = `${kind.name}-${doc.unitName.replace(/[^\p{L}\p{N}]+/gu, "-")}-${doc.year}.pdf`;
  return { bytes, fileName };
}
