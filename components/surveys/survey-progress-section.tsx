import Link from "next/link";
import { formatInteger, formatPercent, shareOf } from "@/lib/format";
import type { TSurveyProgress } from "@/lib/surveys/survey-progress";
import { SURVEY_STATUS_LABEL } from "@/components/surveys/survey-status";
import { Section } from "@/components/dashboard/section";

/** Leaders' view: which units run their SPAK/SPKP surveys and how far each is from its target. */
export function SurveyProgressSection({ progress }: { progress: TSurveyProgress }) {
  return (
    <Section id="survei" title="Survei SPAK/SPKP">
      <p className="text-sm text-slate-700" data-testid="survey-progress-summary">
        {formatInteger(progress.unitsWithSurvey)} dari {formatInteger(progress.unitCount)} unit menjalankan survei; {formatInteger(progress.open)} survei sedang dibuka.
      </p>
      {progress.rows.length ? (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-sm">
            <thead><tr className="text-left text-slate-600"><th className="font-normal">Unit</th><th className="font-normal">Survei</th><th className="font-normal">Status</th><th className="text-right font-normal">Responden / target</th><th className="w-40 font-normal"><span className="sr-only">Capaian</span></th></tr></thead>
            <tbody>
              {progress.rows.map((row) => {
                const share = shareOf(row.respondents, row.targetSample);
                return (
                  <tr key={row.surveyId} className="border-t border-slate-100">
                    <td><Link href={`/lke/${row.assessmentId}/survei/${row.surveyId}`} className="underline">{row.unitName}</Link></td>
                    <td>{row.code}</td>
                    <td>{SURVEY_STATUS_LABEL[row.status as keyof typeof SURVEY_STATUS_LABEL]}</td>
                    <td className="text-right tabular-nums">{formatInteger(row.respondents)} / {formatInteger(row.targetSample)} ({formatPercent(share)})</td>
                    <td><span className="block h-2 rounded bg-slate-100" aria-hidden="true"><span className="block h-2 rounded bg-green-600" style={{ width: `${Math.min(100, share.toNumber() * 100)}%` }} /></span></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </Section>
  );
}
