import Link from "next/link";
import { formatDateTime, formatScore } from "@/lib/format";
import type { Rational } from "@/lib/scoring/rational";
import { applySurveyIndexAction } from "@/lib/surveys/actions";
import { ActionButton } from "@/components/surveys/action-button";

type THasil = { code: string; sectionCode: string | null; currentIndex: number | null; version: number; fromThisSurvey: boolean; updatedAt: Date | null };

/** Where the overall index goes in the LKE, what is there now, and the deliberate act of taking it. */
export function HasilPanel({ assessmentId, surveyId, hasil, overall, canManage }: {
  assessmentId: string; surveyId: string; hasil: THasil; overall: Rational | null; canManage: boolean;
}) {
  const current = hasil.currentIndex === null ? "belum diisi" : formatScore(hasil.currentIndex);
  return (
    <section aria-labelledby="ke-hasil" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h3 id="ke-hasil" className="font-semibold">Ke LKE: butir {hasil.code}</h3>
      <p data-testid="hasil-current">
        Nilai butir {hasil.code} saat ini: <span className="font-semibold">{current}</span>
        {hasil.fromThisSurvey && hasil.updatedAt ? ` (diambil dari survei ini, ${formatDateTime(hasil.updatedAt)})` : hasil.currentIndex === null ? "" : " (diisi manual)"}
        {hasil.sectionCode ? <> · <Link href={`/lke/${assessmentId}/${encodeURIComponent(hasil.sectionCode)}#butir-${hasil.code}`} className="underline">lihat butir</Link></> : null}
      </p>
      {canManage && overall ? (
        <ActionButton action={applySurveyIndexAction} input={{ surveyId, expectedVersion: hasil.version }} primary
          label={`Gunakan indeks ${formatScore(overall)} untuk butir ${hasil.code}`}
          confirm={`Jawaban butir ${hasil.code} (${current}) akan diganti dengan indeks survei ${formatScore(overall)} dan nilai LKE dihitung ulang. Lanjutkan?`} />
      ) : null}
    </section>
  );
}
