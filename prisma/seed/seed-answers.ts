import { prisma } from "@/lib/db";
import type { TLoadedCatalogue } from "@/lib/catalogue/queries";
import { answerValue } from "@/lib/scoring/answer-value";
import type { TAnswer } from "@/lib/scoring/types";
import { computeStoredScore } from "@/lib/assessments/compute-stored-score";
import { writeScoreRows } from "@/lib/assessments/store-scores";
import type { Side } from "@/lib/generated/prisma/enums";

/**
 * Writes a whole answer set in bulk and stores its score through the same code the save path
 * uses. For seeds and benchmarks only: no audit events (nobody made these changes).
 */
export async function seedAnswers(args: {
  assessmentId: string;
  loaded: TLoadedCatalogue;
  answers: Map<string, TAnswer>;
  userId: string;
  side?: Side;
  narrative?: (code: string) => string;
}) {
  const { assessmentId, loaded, answers, userId, side = "SELF" } = args;
  const rows = [...answers].map(([code, answer]) => {
    const itemId = loaded.itemIdByCode.get(code);
    const ref = itemId ? loaded.itemsById.get(itemId) : undefined;
    if (!ref || !itemId) throw new Error(`unknown item ${code}`);
    return {
      assessmentId,
      itemId,
      side,
      optionKey: answer.optionKey ?? null,
      inputs: answer.inputs ?? undefined,
      surveyIndex: answer.surveyIndex ?? null,
      value: answerValue(ref.item, answer)?.toExact() ?? null,
      narrative: args.narrative?.(code) ?? "",
      updatedById: userId,
    };
  });
  const stored = computeStoredScore(loaded.catalogue, answers);
  await prisma.$transaction(async (tx) => {
    await tx.answer.createMany({ data: rows });
    await writeScoreRows(tx, { assessmentId, side, loaded, result: stored });
    if (side === "SELF") await tx.assessment.update({ where: { id: assessmentId }, data: { answeredCount: stored.answered } });
  });
  return stored;
}
