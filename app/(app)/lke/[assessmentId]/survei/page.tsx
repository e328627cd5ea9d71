import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { can } from "@/lib/auth/policy";
import { getAssessmentHeader } from "@/lib/assessments/queries";
import { formatInteger } from "@/lib/format";
import { orNotFound } from "@/lib/page-guard";
import { listAssessmentSurveys } from "@/lib/surveys/queries";
import { AssessmentHeading } from "@/components/lke/assessment-heading";
import { CreateSurveyForm } from "@/components/surveys/create-survey-form";
import { SURVEY_STATUS_LABEL } from "@/components/surveys/survey-status";

export const metadata: Metadata = { title: "Survei SPAK/SPKP" };

export default async function SurveysPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const user = await requireUser();
  const access = await orNotFound(authorizeAssessment(user, assessmentId, "survey.read"));
  const [header, { surveys, available }] = await Promise.all([getAssessmentHeader(access), listAssessmentSurveys(access)]);
  const canManage = can(access, "survey.manage");
  return (
    <div className="space-y-4">
      <AssessmentHeading header={header} crumb="Survei" />
      <h2 className="text-lg font-semibold">Survei persepsi pengguna layanan</h2>
      <p className="text-sm text-slate-700">
        Indeks Persepsi Anti Korupsi (IPAK, dari survei SPAK) dan Indeks Persepsi Kualitas Pelayanan (IPKP, dari survei SPKP)
        mengisi komponen Hasil LKE (B.I.a dan B.II.a) bila unit memilih mengambilnya.
      </p>
      {surveys.length ? (
        <ul className="grid gap-3 sm:grid-cols-2">
          {surveys.map((survey) => (
            <li key={survey.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <Link href={`/lke/${assessmentId}/survei/${survey.id}`} className="font-medium text-brand-700 underline">{survey.title}</Link>
              <p className="mt-1 text-sm text-slate-700">
                {SURVEY_STATUS_LABEL[survey.status]} · <span data-testid={`respondents-${survey.code}`}>{formatInteger(survey.respondents)}</span> dari target {formatInteger(survey.targetSample)} responden
              </p>
            </li>
          ))}
        </ul>
      ) : <p className="text-sm text-slate-600">Belum ada survei untuk LKE ini.</p>}
      {canManage && available.length ? <CreateSurveyForm assessmentId={assessmentId} questionnaires={available} /> : null}
      <p className="text-sm"><Link href={`/lke/${assessmentId}`} className="underline">Kembali ke ringkasan LKE</Link></p>
    </div>
  );
}
