import { revalidatePath } from "next/cache";
import { authorizeCatalogue } from "@/lib/access/catalogue-access";
import { importCatalogueXlsxUpload } from "@/lib/catalogue/xlsx/catalogue-xlsx";
import { uploadAnswer, uploadRoute } from "@/lib/uploads/upload-route";
import { readUploadBody } from "@/lib/workbook/import/read-upload";

export const dynamic = "force-dynamic";

// POST /api/unggah/katalog  Body: a catalogue workbook (.xlsx); X-File-Name: its name, percent-encoded.
// Answers like the JSON import: { ok, data: { status: "invalid", errors } | { status: "created" | "unchanged", ... } }.
export async function POST(request: Request) {
  return uploadRoute(request, async ({ user, fileName, body }) => {
    // Before reading the body: only an admin of the installation imports catalogues.
    const access = authorizeCatalogue(user, "catalogue.import");
    const file = await readUploadBody(body, fileName);
    const outcome = await importCatalogueXlsxUpload(access, fileName, file);
    if (outcome.status === "created") revalidatePath("/admin/katalog");
    return uploadAnswer(outcome, 200);
  });
}
