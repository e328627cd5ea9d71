import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { unsafeGetPublicSurvey } from "@/lib/surveys/queries";
import { surveyItems } from "@/lib/surveys/survey-results";
import { SurveyForm } from "@/components/surveys/survey-form";

type TProps = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const survey = await unsafeGetPublicSurvey((await params).slug);
  return { title: survey ? `${survey.catalogue.title} · ${survey.unitName}` : "Survei", robots: { index: false } };
}

// The respondent's page: no sign-in, made for a phone. Only the questionnaire and the unit's name
// are sent; the unit's data and results are not.
export default async function PublicSurveyPage({ params, searchParams }: TProps) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const survey = await unsafeGetPublicSurvey(slug);
  if (!survey) notFound();
  const { catalogue } = survey;
  const items = surveyItems(catalogue).map(({ code, text, scale }) => ({ code, text, scale: scale! }));
  const token = typeof query.token === "string" ? query.token.slice(0, 20) : "";
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      <header className="mb-4 space-y-1">
        <p className="text-sm text-slate-600">{survey.unitName} · {survey.periodName}</p>
        <h1 className="text-xl font-semibold">{catalogue.title}</h1>
        <p className="text-sm text-slate-700">
          Jawaban Anda anonim dan hanya dipakai untuk menilai pelayanan unit ini. Pilih satu nilai untuk setiap pernyataan
          ({items[0]?.scale.min} = {items[0]?.scale.labels[0]?.toLowerCase()}, {items[0]?.scale.max} = {items[0]?.scale.labels.at(-1)?.toLowerCase()}).
        </p>
      </header>
      {survey.open ? (
        <SurveyForm slug={survey.slug} items={items} profile={catalogue.questionnaire?.profile ?? []} tokenRequired={survey.tokenRequired} initialToken={token} />
      ) : (
        <p role="status" className="rounded-md bg-amber-50 p-4 text-amber-950">Survei ini sedang ditutup. Terima kasih atas perhatian Anda.</p>
      )}
    </main>
  );
}
