import { getSessionUser } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/errors";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { planPdf } from "@/lib/plans/plan-export";
import { downloadHeaders, downloadRefusal } from "@/lib/workbook/http";

export const dynamic = "force-dynamic";

// GET /api/lke/<assessmentId>/rencana-aksi.pdf: the unit's rencana aksi on A4 landscape, for every
// reader of the assessment (the same rule as the XLSX beside it).
export async function GET(_request: Request, { params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  try {
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    const { buffer, fileName } = await planPdf(await authorizeAssessment(user, assessmentId, "assessment.read"));
    return new Response(new Uint8Array(buffer), { headers: downloadHeaders("application/pdf", fileName, buffer.length) });
  } catch (error) {
    return downloadRefusal(error);
  }
}
