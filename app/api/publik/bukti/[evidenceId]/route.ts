import { findPublishedEvidenceFile } from "@/lib/access/public-access";
import { downloadHeaders } from "@/lib/evidence/download-headers";
import { toWebStream } from "@/lib/evidence/http";
import { loggerForRequest } from "@/lib/log/request-logger";
import { openPublishedFile } from "@/lib/public-pages/open-public-file";
import { publicFileError } from "@/lib/public-pages/public-response";

export const dynamic = "force-dynamic";

// GET /api/publik/bukti/<evidenceId>[?unduh=1]: a published bukti dukung, for anyone. The query
// itself requires the published flag: any other id (unpublished, withdrawn, deleted, a link,
// unknown) answers the same 404. Never cached: a withdrawn file stops at once.
export async function GET(request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  const { evidenceId } = await params;
  try {
    const file = await openPublishedFile(await findPublishedEvidenceFile(evidenceId));
    const download = new URL(request.url).searchParams.get("unduh") === "1";
    const headers = downloadHeaders(file, download);
    headers.set("Cross-Origin-Resource-Policy", "cross-origin");
    return new Response(toWebStream(file.stream), { status: 200, headers });
  } catch (error) {
    return publicFileError(error, loggerForRequest(request), { evidenceId });
  }
}
