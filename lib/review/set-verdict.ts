import "server-only";
import { parseInput } from "@/lib/validation";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { clock } from "@/lib/clock";
import { assertAssessmentPermission, loadAssessmentScope } from "@/lib/assessments/access";
import { itemOfAssessment } from "@/lib/review/item-in-catalogue";
import { assertReviewWritable } from "@/lib/review/policy";
import { ZVerdict } from "@/lib/review/schemas";
import { startReviewIfNeeded } from "@/lib/review/start-review";

/** The evaluator accepts an item or sends it back with a note (which opens or extends its thread). */
export async function setVerdict(user: TSessionUser, raw: unknown) {
  const input = parseInput(ZVerdict, raw);
  return prisma.$transaction(async (tx) => {
    const scope = await loadAssessmentScope(tx, input.assessmentId, true);
    assertAssessmentPermission(user, scope, "review.write");
    assertReviewWritable(scope, clock.now());
    await itemOfAssessment(scope, input.itemId);
    await startReviewIfNeeded(tx, user, scope);

    const key = { assessmentId_itemId: { assessmentId: scope.id, itemId: input.itemId } };
    const before = await tx.itemReview.findUnique({ where: key });
    const decided = { verdict: input.verdict, round: scope.revisionRound, decidedById: user.id, decidedAt: clock.now() };
    const review = await tx.itemReview.upsert({
      where: key,
      create: { assessmentId: scope.id, itemId: input.itemId, ...decided },
      update: { ...decided, version: { increment: 1 } },
    });
    if (input.note) {
      await tx.itemNote.create({ data: { assessmentId: scope.id, itemId: input.itemId, authorId: user.id, side: "EVALUATOR", body: input.note } });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "review.verdict",
      entityType: "ItemReview",
      entityId: review.id,
      assessmentId: scope.id,
      itemId: input.itemId,
      before: before ? { verdict: before.verdict } : null,
      after: { verdict: review.verdict, round: review.round, note: input.note || null },
    });
    return { verdict: review.verdict, version: review.version };
  });
}
