import { surveyResponsesXlsx } from "@/lib/surveys/export-responses";
import { surveyFileResponse } from "@/lib/surveys/file-response";

export const dynamic = "force-dynamic";

// GET /api/kelola-survei/<surveyId>/jawaban.xlsx: every response and the results.
export async function GET(_request: Request, { params }: { params: Promise<{ surveyId: string }> }) {
  const { surveyId } = await params;
  return surveyFileResponse(surveyId, "jawaban-survei.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", surveyResponsesXlsx);
}
