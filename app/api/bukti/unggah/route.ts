import { uploadEvidence } from "@/lib/evidence/upload-evidence";
import { uploadAnswer, uploadRoute } from "@/lib/uploads/upload-route";

export const dynamic = "force-dynamic";

// POST /api/bukti/unggah?assessmentId=..&itemId=..[&evidenceId=.. to replace the file]
//   [&dokumen=N: the file is the item's expected document N, which it ticks]
// Body: the raw file; X-File-Name: its name, percent-encoded. The body streams to storage, so the
// browser can show progress (XMLHttpRequest) and memory stays flat whatever the file size.
export async function POST(request: Request) {
  return uploadRoute(request, async ({ user, query, fileName, declaredSize, body }) => {
    const result = await uploadEvidence(
      user,
      {
        assessmentId: query.get("assessmentId") ?? "",
        itemId: query.get("itemId") ?? "",
        evidenceId: query.get("evidenceId") || undefined,
        expectedEntry: query.get("dokumen") ? Number(query.get("dokumen")) : undefined,
        fileName,
        declaredSize,
      },
      body,
    );
    return uploadAnswer(result);
  });
}
