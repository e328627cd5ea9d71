import { uploadPlanFile } from "@/lib/plans/upload-plan-file";
import { uploadAnswer, uploadRoute } from "@/lib/uploads/upload-route";

export const dynamic = "force-dynamic";

// POST /api/rencana-aksi/unggah?stepId=..&bulan=N. Body: the raw file; X-File-Name: its name,
// percent-encoded. Streams into the evidence store like /api/bukti/unggah.
export async function POST(request: Request) {
  return uploadRoute(request, async ({ user, query, fileName, declaredSize, body }) => {
    const result = await uploadPlanFile(user, { stepId: query.get("stepId") ?? "", month: Number(query.get("bulan")), fileName, declaredSize }, body);
    return uploadAnswer(result);
  });
}
