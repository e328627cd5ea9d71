import { authorizeAssessment } from "@/lib/access/assessment-access";
import { createPlanImport } from "@/lib/plans/import/create-plan-import";
import { previewUpload } from "@/lib/workbook/import/preview-upload";
import { parseInput, zId } from "@/lib/validation";

export const dynamic = "force-dynamic";

// POST /api/unggah/rencana-aksi?assessmentId=..  Body: a rencana aksi (.xlsx, seed 002 layout or our
// export); X-File-Name: its name, percent-encoded. Answers { ok, data: { importId } }: the preview
// the unit confirms before any step is written. The unit's people only, checked before the body is read.
export async function POST(request: Request) {
  return previewUpload(request, (user, query) => authorizeAssessment(user, parseInput(zId(40), query.get("assessmentId") ?? ""), "plan.write"), createPlanImport);
}
