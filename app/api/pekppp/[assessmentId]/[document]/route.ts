import { pdfResponse } from "@/lib/documents/pdf-route";
import { renderIndexDocument } from "@/lib/pekppp/documents/render-index-document";

export const dynamic = "force-dynamic";

// GET /api/pekppp/<assessmentId>/(berita-acara|laporan|sertifikat)[?unduh=1]: the PEKPPP PDF of a
// final evaluation, for those who may read the assessment. Everyone else gets the same 404.
export async function GET(request: Request, { params }: { params: Promise<{ assessmentId: string; document: string }> }) {
  const { assessmentId, document } = await params;
  return pdfResponse(request, (user) => renderIndexDocument(user, assessmentId, document), { assessmentId, document });
}
