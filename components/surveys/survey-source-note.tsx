import Link from "next/link";
import { formatDateTime, formatInteger } from "@/lib/format";

type TSource = { surveyId: string; title: string; respondentsNow: number; takenAt: Date };

/** On a Hasil item: where its index came from (a survey of this LKE), or how to take it from one. */
export function SurveySourceNote({ assessmentId, source }: { assessmentId: string; source: TSource | undefined }) {
  if (!source) {
    return (
      <p className="rounded-md bg-slate-50 p-2 text-sm text-slate-700" data-testid="survey-source">
        Sumber: diisi manual. Indeks dapat diambil dari <Link href={`/lke/${assessmentId}/survei`} className="underline">survei unit ini</Link>.
      </p>
    );
  }
  return (
    <p className="rounded-md bg-brand-50 p-2 text-sm text-slate-800" data-testid="survey-source">
      Sumber: <Link href={`/lke/${assessmentId}/survei/${source.surveyId}`} className="font-medium underline">{source.title}</Link>, diambil {formatDateTime(source.takenAt)}
      {" "}(kini {formatInteger(source.respondentsNow)} responden). Mengubah nilai di bawah menggantinya dengan isian manual.
    </p>
  );
}
