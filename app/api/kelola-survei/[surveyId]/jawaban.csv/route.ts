import { surveyResponsesCsv } from "@/lib/surveys/export-responses";
import { surveyFileResponse } from "@/lib/surveys/file-response";

export const dynamic = "force-dynamic";

// GET /api/kelola-survei/<surveyId>/jawaban.csv: every response of the survey.
export async function GET(_request: Request, { params }: { params: Promise<{ surveyId: string }> }) {
  const { surveyId } = await params;
  return surveyFileResponse(surveyId, "jawaban-survei.csv", "text/csv; charset=utf-8", surveyResponsesCsv);
}
