import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { authorizeSurvey } from "@/lib/access/survey-access";
import { getAssessmentHeader } from "@/lib/assessments/queries";
import { orNotFound } from "@/lib/page-guard";
import { surveyUrl } from "@/lib/surveys/public-url";
import { listSurveyTokens } from "@/lib/surveys/queries";
import { getCatalogue } from "@/lib/catalogue/queries";
import { PrintButton } from "@/components/ui/print-button";

export const metadata: Metadata = { title: "Token survei" };

/** The unit's printable list of single-use tokens: cut along the lines, one slip per respondent. */
export default async function SurveyTokensPage({ params }: { params: Promise<{ assessmentId: string; surveyId: string }> }) {
  const { assessmentId, surveyId } = await params;
  const user = await requireUser();
  const access = await orNotFound(authorizeSurvey(user, surveyId, "survey.manage"));
  if (access.assessment.id !== assessmentId) notFound();
  const [header, tokens, url, { catalogue }] = await Promise.all([
    getAssessmentHeader(access.assessment), listSurveyTokens(access), surveyUrl(access.survey.slug), getCatalogue(access.survey.catalogueVersionId),
  ]);
  return (
    <div className="space-y-4">
      <div className="no-print flex items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">Token {catalogue.title}</h2>
        <PrintButton />
      </div>
      <ul className="grid grid-cols-2 gap-0 sm:grid-cols-3">
        {tokens.map((token) => (
          <li key={token.code} className={`border border-dashed border-slate-400 p-3 text-sm ${token.usedAt ? "text-slate-400 line-through" : ""}`} data-testid="survey-token">
            <p className="font-medium">{header.unit.name}</p>
            <p className="text-xs">{catalogue.title}</p>
            <p className="mt-1 break-all text-xs">{url}</p>
            <p className="mt-1 font-mono text-lg tracking-widest">{token.code.slice(0, 4)}-{token.code.slice(4)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
