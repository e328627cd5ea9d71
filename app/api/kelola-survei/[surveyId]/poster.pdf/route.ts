import { surveyPosterPdf } from "@/lib/surveys/poster-pdf";
import { surveyFileResponse } from "@/lib/surveys/file-response";
import { surveyUrl } from "@/lib/surveys/public-url";

export const dynamic = "force-dynamic";

// GET /api/kelola-survei/<surveyId>/poster.pdf: the printable QR poster.
export async function GET(_request: Request, { params }: { params: Promise<{ surveyId: string }> }) {
  const { surveyId } = await params;
  return surveyFileResponse(surveyId, "poster-survei.pdf", "application/pdf", async (access) => surveyPosterPdf(access, await surveyUrl(access.survey.slug)));
}
