import { pdfResponse } from "@/lib/documents/pdf-route";
import { renderDocument } from "@/lib/documents/render-document";

export const dynamic = "force-dynamic";

// GET /api/dokumen/<assessmentId>/(lhe|berita-acara|lke)[?unduh=1]: the official PDF, rendered
// on request for those who may read the assessment. Everyone else gets the same 404.
export async function GET(request: Request, { params }: { params: Promise<{ assessmentId: string; document: string }> }) {
  const { assessmentId, document } = await params;
  return pdfResponse(request, (user) => renderDocument(user, assessmentId, document), { assessmentId, document });
}
