import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { clock } from "@/lib/clock";
import { InvalidStateError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { assertReviewWritable } from "@/lib/review/policy";
import { f02CatalogueOf, f02Item } from "@/lib/pekppp/f02-items";
import { ZEvaluatorScore, ZIndexAssessment } from "@/lib/pekppp/schemas";

const ALREADY_SENT = "Anda sudah mengirim penilaian F-02 untuk unit ini; nilai yang sudah dikirim tidak dapat diubah atau dinilai ulang.";

/**
 * An evaluator of the team records their own level for one indicator. Each evaluator scores
 * alone: the level is theirs until they send the whole form, and cannot change after that.
 * Outside the team the assessment does not exist for them (404, like any record they may not see).
 */
export async function saveEvaluatorScore(user: TSessionUser, raw: unknown) {
  const input = parseInput(ZEvaluatorScore, raw);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, input.assessmentId, "answer.evaluator.write", { tx, lock: true });
    assertReviewWritable(access, clock.now());
    const { item } = f02Item(await f02CatalogueOf(access), input.itemId);
    const sent = await tx.evaluatorSubmission.findUnique({ where: { assessmentId_evaluatorId: { assessmentId: access.id, evaluatorId: user.id } } });
    if (sent) throw new InvalidStateError(ALREADY_SENT);

    const key = { assessmentId_itemId_evaluatorId: { assessmentId: access.id, itemId: input.itemId, evaluatorId: user.id } };
    const before = await tx.evaluatorScore.findUnique({ where: key, select: { level: true, note: true } });
    await tx.evaluatorScore.upsert({
      where: key,
      create: { assessmentId: access.id, itemId: input.itemId, evaluatorId: user.id, level: input.level, note: input.note },
      update: { level: input.level, note: input.note },
    });
    await recordAudit(tx, {
      actorId: user.id, action: "pekppp.score", entityType: "EvaluatorScore", entityId: `${access.id}:${input.itemId}:${user.id}`,
      assessmentId: access.id, itemId: input.itemId, before, after: { code: item.code, level: input.level, note: input.note },
    });
    return { itemCode: item.code, level: input.level };
  });
}

/** The evaluator sends their F-02: every indicator must have their level; then it is final. */
export async function submitEvaluatorScores(user: TSessionUser, raw: unknown) {
  const input = parseInput(ZIndexAssessment, raw);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, input.assessmentId, "answer.evaluator.write", { tx, lock: true });
    assertReviewWritable(access, clock.now());
    const catalogue = await f02CatalogueOf(access);
    const sent = await tx.evaluatorSubmission.findUnique({ where: { assessmentId_evaluatorId: { assessmentId: access.id, evaluatorId: user.id } } });
    if (sent) throw new InvalidStateError(ALREADY_SENT);
    const scored = new Set((await tx.evaluatorScore.findMany({ where: { assessmentId: access.id, evaluatorId: user.id }, select: { itemId: true } })).map((row) => row.itemId));
    const missing = catalogue.items.filter((entry) => !scored.has(entry.id)).map((entry) => entry.item.code);
    if (missing.length) {
      const named = missing.slice(0, 5).join(", ") + (missing.length > 5 ? `, dan ${missing.length - 5} lainnya` : "");
      throw new ValidationError(`Penilaian belum dapat dikirim: ${missing.length} indikator belum dinilai (${named}).`);
    }
    const row = await tx.evaluatorSubmission.create({ data: { assessmentId: access.id, evaluatorId: user.id, submittedAt: clock.now() } });
    await recordAudit(tx, {
      actorId: user.id, action: "pekppp.submit", entityType: "EvaluatorSubmission", entityId: `${access.id}:${user.id}`,
      assessmentId: access.id, before: null, after: { indicators: catalogue.items.length },
    });
    return { submittedAt: row.submittedAt };
  });
}
