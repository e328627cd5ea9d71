import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/errors";
import { authorizeAssessment, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { downloadHeaders, downloadRefusal } from "@/lib/workbook/http";

/**
 * A download of the rencana aksi (XLSX or PDF) for every reader of the assessment: one rule for
 * both files; a plan the user may not read answers 404 like one that does not exist.
 */
export async function planDownload(assessmentId: string, contentType: string, render: (access: TAssessmentAccess) => Promise<{ buffer: Buffer; fileName: string }>): Promise<Response> {
  try {
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    const { buffer, fileName } = await render(await authorizeAssessment(user, assessmentId, "assessment.read"));
    return new Response(new Uint8Array(buffer), { headers: downloadHeaders(contentType, fileName, buffer.length) });
  } catch (error) {
    return downloadRefusal(error);
  }
}
