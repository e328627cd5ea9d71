import { getSessionUser } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/errors";
import { authorizeAgency } from "@/lib/access/period-access";
import { assertSameOrigin, decodeFileNameHeader, errorResponse } from "@/lib/evidence/http";
import { createUserImport } from "@/lib/accounts/import/create-user-import";
import { readUploadBody } from "@/lib/workbook/import/read-upload";
import { parseInput, zId } from "@/lib/validation";

export const dynamic = "force-dynamic";

// POST /api/unggah/pengguna?instansi=..  Body: a user list (.xlsx or .csv); X-File-Name: its name,
// percent-encoded. Answers { ok, data: { importId } }: the preview the admin confirms before any
// account is created.
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    const agencyId = parseInput(zId(40), new URL(request.url).searchParams.get("instansi") ?? "");
    // Before the body is read: only the agency's admins import its users.
    const agency = await authorizeAgency(user, agencyId, "user.manage");
    const fileName = decodeFileNameHeader(request.headers.get("x-file-name"));
    const file = await readUploadBody(request.body as AsyncIterable<Uint8Array> | null, fileName);
    const result = await createUserImport(agency, fileName, file);
    return Response.json({ ok: true, data: result }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
