import "server-only";
import type { TSessionUser } from "@/lib/auth/load-user";
import { NotFoundError } from "@/lib/errors";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { getEvaluationDocument } from "@/lib/documents/document-data";
import { getLkeDocument } from "@/lib/documents/lke-document";
import { beritaAcaraDefinition } from "@/lib/documents/pdf/berita-acara-pdf";
import { lheDefinition } from "@/lib/documents/pdf/lhe-pdf";
import { lkeDefinition } from "@/lib/documents/pdf/lke-pdf";
import { renderPdf } from "@/lib/documents/pdf/render-pdf";

export const DOCUMENTS = ["lhe", "berita-acara", "lke"] as const;
export type TDocumentName = (typeof DOCUMENTS)[number];

const PREFIX: Record<TDocumentName, string> = { lhe: "LHE", "berita-acara": "Berita-Acara", lke: "LKE" };

const slug = (text: string) => text.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().replace(/\s+/g, "-");

/** One official PDF of an assessment, for its readers (404 for anyone else). */
export async function renderDocument(user: TSessionUser, assessmentId: string, name: string): Promise<{ bytes: Buffer; fileName: string }> {
  if (!(DOCUMENTS as readonly string[]).includes(name)) throw new NotFoundError("Dokumen tidak ditemukan.");
  const document = name as TDocumentName;
  if (document === "lke") {
    const data = await getLkeDocument(await authorizeAssessment(user, assessmentId, "evidence.read"));
    return { bytes: await renderPdf(lkeDefinition(data)), fileName: `${PREFIX.lke}-ZI-${slug(data.unitName)}-${data.year}.pdf` };
  }
  const data = await getEvaluationDocument(await authorizeAssessment(user, assessmentId, "assessment.read"));
  const definition = document === "lhe" ? lheDefinition(data) : beritaAcaraDefinition(data);
  const draft = data.final ? "" : "-DRAF";
  return { bytes: await renderPdf(definition), fileName: `${PREFIX[document]}-ZI-${slug(data.unit.name)}-${data.year}${draft}.pdf` };
}
