import { getSessionUser } from "@/lib/auth/session";
import { UnauthenticatedError, ValidationError } from "@/lib/errors";
import { assertSameOrigin, decodeFileNameHeader, errorResponse } from "@/lib/evidence/http";
import { UploadInterruptedError } from "@/lib/evidence/errors";
import { uploadEvidence } from "@/lib/evidence/upload-evidence";
import { REQUEST_ID_HEADER, requestIdOf } from "@/lib/log/request-id";
import { logger, type TLogger } from "@/lib/log/logger";

export const dynamic = "force-dynamic";

// POST /api/bukti/unggah?assessmentId=..&itemId=..[&evidenceId=.. to replace the file]
//   [&dokumen=N: the file is the item's expected document N, which it ticks]
// Body: the raw file; X-File-Name: its name, percent-encoded. The body streams to storage, so the
// browser can show progress (XMLHttpRequest) and memory stays flat whatever the file size.
export async function POST(request: Request) {
  // proxy.ts skips this route (it would buffer the body), so the id is taken here.
  const requestId = requestIdOf(request.headers);
  const response = await handleUpload(request, logger.child({ requestId }));
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

async function handleUpload(request: Request, log: TLogger): Promise<Response> {
  try {
    assertSameOrigin(request);
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    if (!request.body) throw new ValidationError("Tidak ada berkas yang dikirim.");
    const query = new URL(request.url).searchParams;
    const declared = Number(request.headers.get("content-length"));
    const result = await uploadEvidence(
      user,
      {
        assessmentId: query.get("assessmentId") ?? "",
        itemId: query.get("itemId") ?? "",
        evidenceId: query.get("evidenceId") || undefined,
        expectedEntry: query.get("dokumen") ? Number(query.get("dokumen")) : undefined,
        fileName: decodeFileNameHeader(request.headers.get("x-file-name")),
        declaredSize: Number.isFinite(declared) && declared > 0 ? declared : null,
      },
      request.body,
    );
    return Response.json({ ok: true, data: result }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    // A closed tab or a lost connection is part of normal use, not a server error.
    if (request.signal.aborted || error instanceof UploadInterruptedError) {
      const query = new URL(request.url).searchParams;
      log.info({ assessmentId: query.get("assessmentId"), itemId: query.get("itemId") }, "upload aborted by the client");
      return errorResponse(error instanceof UploadInterruptedError ? error : new UploadInterruptedError(error));
    }
    return errorResponse(error, log);
  }
}
