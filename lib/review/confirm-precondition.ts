import "server-only";
import { parseInput } from "@/lib/validation";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCatalogue } from "@/lib/catalogue/queries";
import { clock } from "@/lib/clock";
import { ValidationError } from "@/lib/errors";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { storeScores } from "@/lib/assessments/store-scores";
import { assertReviewWritable } from "@/lib/review/policy";
import { ZPrecondition } from "@/lib/review/schemas";

/** The evaluator confirms (or not) a predicate precondition (SAKIP, TLHP, LHKPN, already WBK). */
export async function confirmPrecondition(user: TSessionUser, raw: unknown) {
  const input = parseInput(ZPrecondition, raw);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, input.assessmentId, "review.write", { tx, lock: true });
    assertReviewWritable(access, clock.now());
    const loaded = await getCatalogue(access.catalogueVersionId);
    const labels = new Set(loaded.catalogue.predicates.flatMap((p) => p.preconditions));
    if (!labels.has(input.label)) throw new ValidationError("Prasyarat ini tidak ada pada katalog penilaian.");

    const key = { assessmentId_label: { assessmentId: access.id, label: input.label } };
    const before = await tx.preconditionCheck.findUnique({ where: key });
    const data = { met: input.met, note: input.note, confirmedById: user.id, confirmedAt: clock.now() };
    await tx.preconditionCheck.upsert({ where: key, create: { assessmentId: access.id, label: input.label, ...data }, update: data });
    await recordAudit(tx, {
      actorId: user.id,
      action: "review.precondition",
      entityType: "PreconditionCheck",
      entityId: `${access.id}:${input.label}`,
      assessmentId: access.id,
      before: before ? { met: before.met, note: before.note } : null,
      after: { label: input.label, met: input.met, note: input.note },
    });
    // The WBK/WBBM result on the evaluator's score depends on the preconditions. Before the
    // first evaluator answer there is no evaluator score yet; it will read them when created.
    const scored = await tx.assessmentScore.findUnique({ where: { assessmentId_side: { assessmentId: access.id, side: "EVALUATOR" } }, select: { side: true } });
    if (scored) await storeScores(tx, access.id, "EVALUATOR", loaded);
    return { label: input.label, met: input.met };
  });
}
