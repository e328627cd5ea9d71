import { getSessionUser } from "@/lib/auth/session";
import { UnauthenticatedError, ValidationError } from "@/lib/errors";
import { assertSameOrigin, decodeFileNameHeader, errorResponse } from "@/lib/evidence/http";
import { uploadPlanFile } from "@/lib/plans/upload-plan-file";

export const dynamic = "force-dynamic";

// POST /api/rencana-aksi/unggah?stepId=..&bulan=N. Body: the raw file; X-File-Name: its name,
// percent-encoded. Streams into the evidence store like /api/bukti/unggah.
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    if (!request.body) throw new ValidationError("Tidak ada berkas yang dikirim.");
    const query = new URL(request.url).searchParams;
    const declared = Number(request.headers.get("content-length"));
    const result = await uploadPlanFile(
      user,
      {
        stepId: query.get("stepId") ?? "",
        month: Number(query.get("bulan")),
        fileName: decodeFileNameHeader(request.headers.get("x-file-name")),
        declaredSize: Number.isFinite(declared) && declared > 0 ? declared : null,
      },
      request.body,
    );
    return Response.json({ ok: true, data: result }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
