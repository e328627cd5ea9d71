import "server-only";
import { parseInput } from "@/lib/validation";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { can } from "@/lib/auth/policy";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { clock } from "@/lib/clock";
import { InvalidStateError } from "@/lib/errors";
import { itemOfAssessment } from "@/lib/review/item-in-catalogue";
import { REVIEWABLE } from "@/lib/review/policy";
import { ZNote } from "@/lib/review/schemas";
import { assertWindowOpen } from "@/lib/review/windows";
import { assertPeriodOpenForWork } from "@/lib/periods/policy";

/**
 * A note in an item's thread: evaluators write while the assessment is with the TPI or in
 * revision; the unit replies while it is revising. Notes are never edited or deleted.
 */
export async function addNote(user: TSessionUser, raw: unknown) {
  const input = parseInput(ZNote, raw);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, input.assessmentId, "note.write", { tx, lock: true });
    const evaluator = can(access, "review.write");
    await itemOfAssessment(access, input.itemId);
    const now = clock.now();
    assertPeriodOpenForWork(access);
    if (evaluator) {
      if (![...REVIEWABLE, "REVISION_REQUESTED"].includes(access.status)) throw new InvalidStateError("Catatan hanya dapat ditulis selama evaluasi berlangsung.");
      // Like the unit, the evaluator writes within the window of the stage the assessment is in.
      assertWindowOpen(access.windows, access.status === "REVISION_REQUESTED" ? "REVISION" : "REVIEW", now);
    } else {
      if (access.status !== "REVISION_REQUESTED") throw new InvalidStateError("Unit hanya dapat membalas catatan saat LKE dikembalikan untuk perbaikan.");
      assertWindowOpen(access.windows, "REVISION", now);
      const review = await tx.itemReview.findUnique({ where: { assessmentId_itemId: { assessmentId: access.id, itemId: input.itemId } }, select: { verdict: true } });
      if (review?.verdict !== "REVISION_REQUESTED") throw new InvalidStateError("Unit hanya dapat membalas catatan pada butir yang dikembalikan untuk perbaikan.");
    }
    const note = await tx.itemNote.create({
      data: { assessmentId: access.id, itemId: input.itemId, authorId: user.id, side: evaluator ? "EVALUATOR" : "SELF", body: input.body },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "note.add",
      entityType: "ItemNote",
      entityId: note.id,
      assessmentId: access.id,
      itemId: input.itemId,
      after: { side: note.side, body: note.body },
    });
    return { id: note.id, createdAt: note.createdAt.toISOString() };
  });
}
