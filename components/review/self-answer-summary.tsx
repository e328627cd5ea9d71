import type { TExact, TItem } from "@/lib/scoring/types";
import { Rational } from "@/lib/scoring/rational";
import type { TAnswerDto } from "@/lib/assessments/types";
import { describeAnswer } from "@/lib/assessments/describe-answer";
import { formatDateTime, formatScore } from "@/lib/format";

/** The unit's answer and narrative, read-only, as the evaluator checks them against the evidence. */
export function SelfAnswerSummary({ item, answer, maxPoints }: { item: TItem; answer: TAnswerDto | null; maxPoints: TExact }) {
  return (
    <div className="rounded-md bg-slate-50 p-3 text-sm" data-testid={`self-answer-${item.code}`}>
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Jawaban unit</p>
      <p className="mt-1 font-medium">{describeAnswer(item, answer)}</p>
      {answer?.value !== null && answer?.value !== undefined ? (
        <p className="text-xs text-slate-600">Nilai butir {formatScore(Rational.parse(answer.value).times(Rational.parse(maxPoints)))} dari {formatScore(maxPoints)}</p>
      ) : null}
      <p className="mt-2 text-xs font-semibold uppercase tracking-wide text-slate-500">Uraian bukti dukung</p>
      <p className="mt-1 whitespace-pre-line">{answer?.narrative || "—"}</p>
      {answer?.updatedAt ? <p className="mt-1 text-xs text-slate-500">Diubah {answer.updatedByName} · {formatDateTime(answer.updatedAt)}</p> : null}
    </div>
  );
}
