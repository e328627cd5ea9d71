import { getSessionUser } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/errors";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { lkeWorkbookBuffer } from "@/lib/workbook/build-lke-workbook";
import { lkeFileName } from "@/lib/workbook/file-names";
import { downloadHeaders, downloadRefusal, XLSX_TYPE } from "@/lib/workbook/http";
import { loadLkeWorkbookData } from "@/lib/workbook/load-workbook-data";

export const dynamic = "force-dynamic";

// GET /api/lke/<assessmentId>/xlsx: the LKE workbook, for every reader of the assessment.
export async function GET(request: Request, { params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  try {
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    const data = await loadLkeWorkbookData(await authorizeAssessment(user, assessmentId, "assessment.read"), request.url);
    const buffer = await lkeWorkbookBuffer(data);
    return new Response(new Uint8Array(buffer), { headers: downloadHeaders(XLSX_TYPE, lkeFileName(data.meta.unitName, data.periodYear), buffer.length) });
  } catch (error) {
    return downloadRefusal(error);
  }
}
