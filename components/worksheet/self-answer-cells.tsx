import type { TItem } from "@/lib/scoring/types";
import type { TAnswerDto } from "@/lib/assessments/types";
import { describeAnswer } from "@/lib/assessments/describe-answer";
import { formatScore } from "@/lib/format";
import { pointsDifference } from "@/lib/worksheet/compare";

const pointsOf = (answer: TAnswerDto | null, maxPoints: number) => (answer === null || answer.value === null ? null : answer.value * maxPoints);

/** On the evaluator's sheet: the unit's answer and narrative (read-only), then its points. */
export function SelfAnswerCells({ item, answer, maxPoints }: { item: TItem; answer: TAnswerDto | null; maxPoints: number }) {
  const points = pointsOf(answer, maxPoints);
  return (
    <>
      <td>
        <p className="text-[13px] font-medium leading-snug" data-testid={`self-answer-${item.code}`}>{describeAnswer(item, answer)}</p>
        {answer?.narrative ? <p className="mt-1 line-clamp-3 text-xs text-slate-700">{answer.narrative}</p> : null}
      </td>
      <td data-number>{points === null ? "–" : formatScore(points)}</td>
    </>
  );
}

type TPointsProps = { code: string; answer: TAnswerDto | null; maxPoints: number; compareTo?: TAnswerDto | null; className?: string };

/** The item's points out of what a best answer gives; on the evaluator's sheet, the difference to the unit's. */
export function PointsCell({ code, answer, maxPoints, compareTo, className = "" }: TPointsProps) {
  const points = pointsOf(answer, maxPoints);
  const difference = compareTo === undefined ? null : pointsDifference(compareTo, answer, maxPoints);
  return (
    <td data-number className={className}>
      <b data-testid={`points-${code}`}>{points === null ? "–" : formatScore(points)}</b>
      <small>dari {formatScore(maxPoints)}</small>
      {difference ? <small data-difference>{difference > 0 ? "+" : "−"}{formatScore(Math.abs(difference))}</small> : null}
    </td>
  );
}
