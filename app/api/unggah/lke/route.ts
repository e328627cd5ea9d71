import { getSessionUser } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/errors";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { assertSameOrigin, decodeFileNameHeader, errorResponse } from "@/lib/evidence/http";
import { createWorkbookPreview } from "@/lib/workbook/import/create-preview";
import { readUploadBody } from "@/lib/workbook/import/read-upload";
import { parseInput, zId } from "@/lib/validation";

export const dynamic = "force-dynamic";

// POST /api/unggah/lke?assessmentId=..  Body: the .xlsx file; X-File-Name: its name, percent-encoded.
// Answers { ok, data: { importId } }: the preview to show before anything is written. A route,
// not a server action, so the size limit applies while the body streams (see proxy.ts matcher).
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    const assessmentId = parseInput(zId(40), new URL(request.url).searchParams.get("assessmentId") ?? "");
    // Before the body is read: only the unit's own members import into its LKE.
    const access = await authorizeAssessment(user, assessmentId, "answer.self.write");
    const fileName = decodeFileNameHeader(request.headers.get("x-file-name"));
    // Node's web streams are async iterables.
    const file = await readUploadBody(request.body as AsyncIterable<Uint8Array> | null, fileName);
    const result = await createWorkbookPreview(access, fileName, file);
    return Response.json({ ok: true, data: result }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
