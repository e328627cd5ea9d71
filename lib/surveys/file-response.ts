import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import { authorizeSurvey, type TSurveyAccess } from "@/lib/access/survey-access";
import { UnauthenticatedError } from "@/lib/errors";
import { errorResponse } from "@/lib/evidence/http";

/** A file of one survey for someone who may read it (survey.read, authorised here), or 401/404. */
export async function surveyFileResponse(
  surveyId: string, fileName: string, contentType: string, build: (access: TSurveyAccess) => Promise<Buffer | string>,
): Promise<Response> {
  try {
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    const access = await authorizeSurvey(user, surveyId, "survey.read");
    const body = await build(access);
    return new Response(typeof body === "string" ? body : new Uint8Array(body), {
      headers: { "Content-Type": contentType, "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
