import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { authorizeSurvey } from "@/lib/access/survey-access";
import { can } from "@/lib/auth/policy";
import { getAssessmentHeader } from "@/lib/assessments/queries";
import { formatDateTime, formatInteger, formatPercent, formatScore, shareOf } from "@/lib/format";
import { orNotFound } from "@/lib/page-guard";
import { setSurveyStatusAction } from "@/lib/surveys/actions";
import { surveyUrl } from "@/lib/surveys/public-url";
import { getSurveyPage } from "@/lib/surveys/queries";
import { AssessmentHeading } from "@/components/lke/assessment-heading";
import { ActionButton } from "@/components/surveys/action-button";
import { HasilPanel } from "@/components/surveys/hasil-panel";
import { LiveRefresh } from "@/components/surveys/live-refresh";
import { QrCode } from "@/components/surveys/qr-code";
import { ResultsPublishingPanel } from "@/components/surveys/results-publishing-panel";
import { SurveyResultsView } from "@/components/surveys/survey-results-view";
import { SURVEY_STATUS_LABEL } from "@/components/surveys/survey-status";
import { TokenForm } from "@/components/surveys/token-form";

export const metadata: Metadata = { title: "Survei" };

export default async function SurveyPage({ params }: { params: Promise<{ assessmentId: string; surveyId: string }> }) {
  const { assessmentId, surveyId } = await params;
  const user = await requireUser();
  const access = await orNotFound(authorizeSurvey(user, surveyId, "survey.read"));
  // The address names the LKE too: a survey shown under another LKE's address is not found.
  if (access.assessment.id !== assessmentId) notFound();
  const [header, page, url] = await Promise.all([getAssessmentHeader(access.assessment), getSurveyPage(access), surveyUrl(access.survey.slug)]);
  const { survey } = access;
  const canManage = can(access.assessment, "survey.manage");
  const { results } = page;
  const api = `/api/kelola-survei/${survey.id}`;
  return (
    <div className="space-y-5">
      {survey.status === "OPEN" ? <LiveRefresh seconds={5} /> : null}
      <AssessmentHeading header={header} crumb={page.catalogue.title} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <h2 className="text-lg font-semibold">{page.catalogue.title}</h2>
          <p className="text-sm" data-testid="survey-status">Status: <span className="font-medium">{SURVEY_STATUS_LABEL[survey.status]}</span>
            {page.openedAt ? ` · dibuka ${formatDateTime(page.openedAt)}` : ""}{survey.status === "CLOSED" && page.closedAt ? ` · ditutup ${formatDateTime(page.closedAt)}` : ""}</p>
          {canManage ? (
            <ActionButton action={setSurveyStatusAction} primary={survey.status !== "OPEN"}
              input={{ surveyId: survey.id, status: survey.status === "OPEN" ? "CLOSED" : "OPEN", expectedVersion: survey.version }}
              label={survey.status === "OPEN" ? "Tutup survei" : "Buka survei"} />
          ) : null}
        </div>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm">
          <dt className="text-slate-600">Responden</dt>
          <dd className="font-semibold tabular-nums" data-testid="survey-respondents">{formatInteger(results.respondents)} dari {formatInteger(survey.targetSample)}</dd>
          <dt className="text-slate-600">Capaian target</dt>
          <dd className="tabular-nums">{formatPercent(shareOf(results.respondents, survey.targetSample))}</dd>
          <dt className="text-slate-600">Indeks keseluruhan</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="survey-index">{results.overall ? formatScore(results.overall) : "–"}</dd>
        </dl>
      </div>
      <div className="h-2 rounded bg-slate-100" aria-hidden="true">
        <div className="h-2 rounded bg-green-600" style={{ width: `${Math.min(100, (results.respondents / survey.targetSample) * 100)}%` }} />
      </div>
      {page.hasil ? <HasilPanel assessmentId={assessmentId} surveyId={survey.id} hasil={page.hasil} overall={results.overall} canManage={canManage} /> : null}
      <section aria-labelledby="tautan" className="flex flex-wrap items-start gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <QrCode text={url} label={`Kode QR survei: ${url}`} />
        <div className="min-w-0 flex-1 space-y-2">
          <h3 id="tautan" className="font-semibold">Tautan untuk responden</h3>
          <p className="break-all font-mono" data-testid="survey-url">{url}</p>
          <p className="flex flex-wrap gap-2">
            <a href={`${api}/poster.pdf`} className="rounded-md border border-slate-300 px-3 py-1.5">Unduh poster QR (PDF)</a>
            <a href={`${api}/jawaban.xlsx`} download className="rounded-md border border-slate-300 px-3 py-1.5">Unduh jawaban (Excel)</a>
            <a href={`${api}/jawaban.csv`} download className="rounded-md border border-slate-300 px-3 py-1.5">Unduh jawaban (CSV)</a>
          </p>
          <p>Token sekali pakai: {formatInteger(page.tokens.total)} dibuat, {formatInteger(page.tokens.used)} terpakai{survey.tokenRequired ? " (survei hanya dapat diisi dengan token)" : ""}.
            {page.tokens.total ? <> <Link href={`/lke/${assessmentId}/survei/${survey.id}/token`} className="underline">Daftar token untuk dicetak</Link></> : null}</p>
          {canManage ? <TokenForm surveyId={survey.id} /> : null}
        </div>
      </section>
      <ResultsPublishingPanel surveyId={survey.id} publication={page.publication} respondentsNow={results.respondents} canPublish={can(access.assessment, "public.publish")} />
      <SurveyResultsView results={results} />
      <p className="text-xs text-slate-600">Jawaban responden tidak dapat diubah atau dihapus. Indeks dihitung tepat dan dibulatkan sekali ke dua desimal.</p>
      <p className="text-sm"><Link href={`/lke/${assessmentId}/survei`} className="underline">Semua survei LKE ini</Link></p>
    </div>
  );
}
