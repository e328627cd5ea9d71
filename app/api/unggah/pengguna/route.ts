import { authorizeAgency } from "@/lib/access/period-access";
import { createUserImport } from "@/lib/accounts/import/create-user-import";
import { previewUpload } from "@/lib/workbook/import/preview-upload";
import { parseInput, zId } from "@/lib/validation";

export const dynamic = "force-dynamic";

// POST /api/unggah/pengguna?instansi=..  Body: a user list (.xlsx or .csv); X-File-Name: its name,
// percent-encoded. Answers { ok, data: { importId } }: the preview the admin confirms before any
// account is created. Only the agency's admins, checked before the body is read.
export async function POST(request: Request) {
  return previewUpload(request, (user, query) => authorizeAgency(user, parseInput(zId(40), query.get("instansi") ?? ""), "user.manage"), createUserImport);
}
