import { authorizeAssessment } from "@/lib/access/assessment-access";
import { createWorkbookPreview } from "@/lib/workbook/import/create-preview";
import { previewUpload } from "@/lib/workbook/import/preview-upload";
import { parseInput, zId } from "@/lib/validation";

export const dynamic = "force-dynamic";

// POST /api/unggah/lke?assessmentId=..  Body: the .xlsx file; X-File-Name: its name, percent-encoded.
// Answers { ok, data: { importId } }: the preview to show before anything is written. Only the
// unit's own members import into its LKE, checked before the body is read.
export async function POST(request: Request) {
  return previewUpload(request, (user, query) => authorizeAssessment(user, parseInput(zId(40), query.get("assessmentId") ?? ""), "answer.self.write"), createWorkbookPreview);
}
