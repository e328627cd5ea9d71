import { formatInteger, formatPercent, formatScore, shareOf } from "@/lib/format";
import type { Rational } from "@/lib/scoring/rational";
import type { TSurveyResults } from "@/lib/surveys/survey-results";

/** Bar length of an index on its range: geometry only, never a shown figure. */
const width = (index: Rational | null, range: { min: number; max: number }) =>
  index === null ? "0%" : `${Math.max(0, Math.min(100, ((index.toNumber() - range.min) / (range.max - range.min)) * 100))}%`;

const shown = (index: Rational | null) => (index === null ? "–" : formatScore(index));

/** Index per question and overall, and per respondent profile: exact figures rounded once, CSS bars. */
export function SurveyResultsView({ results }: { results: TSurveyResults }) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="per-pertanyaan" className="space-y-2">
        <h3 id="per-pertanyaan" className="font-semibold">Indeks per pertanyaan</h3>
        <ol className="space-y-2 text-sm">
          {results.questions.map((question, i) => (
            <li key={question.code} className="grid gap-1 sm:grid-cols-[minmax(0,1fr)_14rem] sm:items-center sm:gap-4" data-testid={`question-index-${question.code}`}>
              <span>{i + 1}. {question.text}</span>
              <span className="flex items-center gap-2">
                <span className="h-3 flex-1 rounded bg-slate-100" aria-hidden="true"><span className="block h-3 rounded bg-brand-600" style={{ width: width(question.index, results.index) }} /></span>
                <span className="w-12 text-right font-semibold tabular-nums">{shown(question.index)}</span>
              </span>
            </li>
          ))}
        </ol>
      </section>
      {results.profiles.length ? (
        <section aria-labelledby="per-profil" className="space-y-3">
          <h3 id="per-profil" className="font-semibold">Menurut profil responden</h3>
          <div className="grid gap-4 sm:grid-cols-2">
            {results.profiles.map((profile) => (
              <table key={profile.key} className="w-full text-sm">
                <caption className="text-left font-medium">{profile.label}</caption>
                <thead><tr className="text-left text-slate-600"><th className="font-normal">Kelompok</th><th className="text-right font-normal">Responden</th><th className="text-right font-normal">Indeks</th></tr></thead>
                <tbody>
                  {profile.groups.map((group) => (
                    <tr key={group.key} className="border-t border-slate-100">
                      <td>{group.label}</td>
                      <td className="text-right tabular-nums">{formatInteger(group.count)}{results.respondents ? ` (${formatPercent(shareOf(group.count, results.respondents))})` : ""}</td>
                      <td className="text-right font-semibold tabular-nums">{shown(group.index)}</td>
                    </tr>
                  ))}
                  <tr className="border-t border-slate-100 text-slate-600"><td>Tidak diisi</td><td className="text-right tabular-nums">{formatInteger(profile.unanswered)}</td><td /></tr>
                </tbody>
              </table>
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
