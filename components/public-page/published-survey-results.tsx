import { formatDate, formatInteger, formatScore, toRational } from "@/lib/format";
import type { TExact } from "@/lib/scoring/rational";
import { MIN_GROUP, type TPublishedSurveyResults } from "@/lib/surveys/published-results";

// The unit's published survey results (IPAK from SPAK, IPKP from SPKP): the aggregates stored by
// "Publikasikan hasil", part of the cached public content. Bars are drawn with CSS and hidden from
// screen readers; every figure is text beside its bar. The page's table of contents links to #hasil-survei.

type TRange = TPublishedSurveyResults["range"];

/** Bar length of an index on its range: geometry only, never a shown figure. */
const width = (index: TExact | null, range: TRange) =>
  index === null ? "0%" : `${Math.max(0, Math.min(100, ((toRational(index).toNumber() - range.min) / (range.max - range.min)) * 100))}%`;
const shown = (index: TExact | null) => (index === null ? "–" : formatScore(index));

function Bar({ index, range }: { index: TExact | null; range: TRange }) {
  return (
    <span className="flex items-center gap-2">
      <span className="h-3 flex-1 rounded bg-slate-200" aria-hidden="true"><span className="block h-3 rounded bg-brand-700" style={{ width: width(index, range) }} /></span>
      <span className="w-12 text-right font-semibold tabular-nums">{shown(index)}</span>
    </span>
  );
}

function SurveyCard({ survey }: { survey: TPublishedSurveyResults }) {
  const id = `hasil-${survey.code.toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid={`public-survey-${survey.code}`}>
      <div className="space-y-1">
        <h3 id={id} className="text-lg font-semibold">{survey.indexName}: {survey.title}</h3>
        <p className="text-sm text-slate-700">Dipublikasikan {formatDate(survey.publishedAt)}.</p>
      </div>
      <dl className="flex flex-wrap gap-x-8 gap-y-2">
        <div><dt className="text-sm text-slate-700">Indeks {survey.indexName}</dt>
          <dd className="text-3xl font-bold tabular-nums" data-testid="public-survey-index">{shown(survey.overall)}</dd>
          <dd className="text-xs text-slate-700">skala {formatScore(survey.range.min)}–{formatScore(survey.range.max)}</dd></div>
        <div><dt className="text-sm text-slate-700">Responden</dt>
          <dd className="text-3xl font-bold tabular-nums" data-testid="public-survey-respondents">{formatInteger(survey.respondents)}</dd></div>
      </dl>
      <div className="space-y-2">
        <h4 className="font-semibold">Indeks per pertanyaan</h4>
        <ol className="space-y-2 text-sm">
          {survey.questions.map((question, i) => (
            <li key={question.code} className="grid gap-1 sm:grid-cols-[minmax(0,1fr)_12rem] sm:items-center sm:gap-4">
              <span>{i + 1}. {question.text}</span>
              <Bar index={question.index} range={survey.range} />
            </li>
          ))}
        </ol>
      </div>
      {survey.profiles.map((profile) => (
        <div key={profile.key} className="space-y-2">
          <h4 className="font-semibold">Menurut {profile.label.toLowerCase()}</h4>
          <ul className="space-y-2 text-sm">
            {profile.groups.map((group) => (
              <li key={group.key} className="grid gap-1 sm:grid-cols-[minmax(0,1fr)_12rem] sm:items-center sm:gap-4">
                <span>{group.label} <span className="text-slate-700">({formatInteger(group.count)} responden)</span></span>
                <Bar index={group.index} range={survey.range} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p className="text-xs text-slate-700">
        Indeks dihitung tepat dan dibulatkan sekali ke dua desimal. Jawaban perorangan tidak dipublikasikan; kelompok profil dengan kurang dari {MIN_GROUP} responden tidak ditampilkan.
      </p>
    </section>
  );
}

/** Published survey results of the page's unit and year (aggregates only). */
export function PublishedSurveyResults({ surveys }: { surveys: TPublishedSurveyResults[] }) {
  return (
    <section aria-labelledby="hasil-survei" className="space-y-3">
      <h2 id="hasil-survei" className="text-xl font-semibold">Hasil survei (IPAK dan IPKP)</h2>
      {surveys.length
        ? surveys.map((survey) => <SurveyCard key={survey.code} survey={survey} />)
        : <p className="text-sm text-slate-600">Belum ada hasil survei yang dipublikasikan.</p>}
    </section>
  );
}
