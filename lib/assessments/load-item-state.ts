import "server-only";
import type { TTransaction } from "@/lib/db";
import type { Side, Verdict } from "@/lib/generated/prisma/enums";
import type { TAnswerRow } from "@/lib/assessments/answer-dto";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";

/** The stored answer of one item, as a save compares and returns it. */
export type TStoredAnswer = TAnswerRow & { id: string; updatedById: string; updatedBy: { name: string } };

export type TItemState = {
  answer: TStoredAnswer | null;
  /** The TPI's verdict on the item (the unit may change only items sent back for revision). */
  verdict: Verdict | null;
  /** AssessmentScore.result of the side, or null before its first score. */
  storedResult: unknown;
};

type TRow = Omit<TStoredAnswer, "id" | "updatedBy"> & { id: string | null; updatedByName: string | null; verdict: Verdict | null; storedResult: unknown };

/** Everything a save reads besides the scope, in one query: the answer, the verdict, the stored score. */
export async function loadItemState(access: TAssessmentAccess, tx: TTransaction, side: Side, itemId: string): Promise<TItemState> {
  const assessmentId = access.id;
  const [row] = await tx.$queryRaw<TRow[]>`
    SELECT a."id", a."itemId", a."optionKey", a."inputs", a."surveyIndex", a."narrative", a."value", a."version",
           a."updatedById", a."updatedAt", a."carried", a."recheck", u."name" AS "updatedByName", r."verdict", s."result" AS "storedResult"
    FROM (SELECT 1) AS one
    LEFT JOIN "Answer" a ON a."assessmentId" = ${assessmentId} AND a."side" = ${side}::"Side" AND a."itemId" = ${itemId}
    LEFT JOIN "User" u ON u."id" = a."updatedById"
    LEFT JOIN "ItemReview" r ON r."assessmentId" = ${assessmentId} AND r."itemId" = ${itemId}
    LEFT JOIN "AssessmentScore" s ON s."assessmentId" = ${assessmentId} AND s."side" = ${side}::"Side"`;
  const { updatedByName, verdict, storedResult, id, ...answer } = row!;
  return {
    answer: id === null ? null : { ...answer, id, updatedBy: { name: updatedByName ?? "" } },
    verdict,
    storedResult,
  };
}
