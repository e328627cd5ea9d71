import { revalidatePath } from "next/cache";
import { getSessionUser } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/errors";
import { authorizeCatalogue } from "@/lib/access/catalogue-access";
import { assertSameOrigin, decodeFileNameHeader, errorResponse } from "@/lib/evidence/http";
import { importCatalogueXlsxUpload } from "@/lib/catalogue/xlsx/catalogue-xlsx";
import { readUploadBody } from "@/lib/workbook/import/read-upload";

export const dynamic = "force-dynamic";

// POST /api/unggah/katalog  Body: a catalogue workbook (.xlsx); X-File-Name: its name, percent-encoded.
// Answers like the JSON import: { ok, data: { status: "invalid", errors } | { status: "created" | "unchanged", ... } }.
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    // Before reading the body: only an admin of the installation imports catalogues.
    const access = authorizeCatalogue(user, "catalogue.import");
    const fileName = decodeFileNameHeader(request.headers.get("x-file-name"));
    const file = await readUploadBody(request.body as AsyncIterable<Uint8Array> | null, fileName);
    const outcome = await importCatalogueXlsxUpload(access, fileName, file);
    if (outcome.status === "created") revalidatePath("/admin/katalog");
    return Response.json({ ok: true, data: outcome }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
