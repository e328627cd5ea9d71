import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { clock } from "@/lib/clock";
import { InvalidStateError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { authorizeAssessment, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { assertReviewWritable } from "@/lib/review/policy";
import { f02CatalogueOf, f02Item } from "@/lib/pekppp/f02-items";
import { ZAgreedScore } from "@/lib/pekppp/schemas";

/** Every evaluator of the team has sent their F-02, or a refusal naming how many have not. */
export async function assertTeamSubmitted(tx: TTransaction, access: TAssessmentAccess, what: string) {
  const sent = new Set((await tx.evaluatorSubmission.findMany({ where: { assessmentId: access.id }, select: { evaluatorId: true } })).map((row) => row.evaluatorId));
  const waiting = access.evaluatorIds.filter((id) => !sent.has(id)).length;
  if (waiting > 0) {
    throw new InvalidStateError(`${what} baru dapat dilakukan setelah semua evaluator mengirim penilaian F-02: ${waiting} dari ${access.evaluatorIds.length} evaluator belum mengirim.`);
  }
}

/** The team lead records the agreed level of one indicator with a note, once everyone has sent. */
export async function recordAgreedScore(user: TSessionUser, raw: unknown) {
  const input = parseInput(ZAgreedScore, raw);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, input.assessmentId, "review.lead", { tx, lock: true });
    assertReviewWritable(access, clock.now());
    const { item } = f02Item(await f02CatalogueOf(access), input.itemId);
    await assertTeamSubmitted(tx, access, "Nilai kesepakatan");

    const key = { assessmentId_itemId: { assessmentId: access.id, itemId: input.itemId } };
    const before = await tx.agreedScore.findUnique({ where: key, select: { level: true, note: true } });
    const data = { level: input.level, note: input.note, decidedById: user.id, decidedAt: clock.now() };
    await tx.agreedScore.upsert({ where: key, create: { assessmentId: access.id, itemId: input.itemId, ...data }, update: data });
    await recordAudit(tx, {
      actorId: user.id, action: "pekppp.agree", entityType: "AgreedScore", entityId: `${access.id}:${input.itemId}`,
      assessmentId: access.id, itemId: input.itemId, before, after: { code: item.code, level: input.level, note: input.note },
    });
    return { itemCode: item.code, level: input.level };
  });
}
