import { getSessionUser } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/errors";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { planWorkbook } from "@/lib/plans/plan-export";
import { downloadHeaders, downloadRefusal, XLSX_TYPE } from "@/lib/workbook/http";

export const dynamic = "force-dynamic";

// GET /api/lke/<assessmentId>/rencana-aksi.xlsx: the unit's rencana aksi, for every reader of the assessment.
export async function GET(_request: Request, { params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  try {
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    const { buffer, fileName } = await planWorkbook(await authorizeAssessment(user, assessmentId, "assessment.read"));
    return new Response(new Uint8Array(buffer), { headers: downloadHeaders(XLSX_TYPE, fileName, buffer.length) });
  } catch (error) {
    return downloadRefusal(error);
  }
}
