import "server-only";
import { parseInput } from "@/lib/validation";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { InvalidStateError, ValidationError } from "@/lib/errors";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { evaluatorPoolWhere } from "@/lib/access/evaluator-pool";
import { ZAssignment } from "@/lib/review/schemas";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { enqueueJob } from "@/lib/jobs/enqueue";

/** The team that signed a final LHE stays on record. */
function assertTeamChangeable(status: AssessmentStatus) {
  if (status === "FINAL") throw new InvalidStateError("Penilaian sudah final; tim evaluator tidak dapat diubah.");
}

/**
 * Admins put evaluators (one lead, any members) on a unit's assessment: an active evaluator of the
 * assessment's agency (or one without a unit). Anyone else, another agency's evaluator included,
 * is refused alike, so the refusal tells nothing about who exists elsewhere.
 */
export async function assignEvaluator(admin: TSessionUser, raw: unknown) {
  const input = parseInput(ZAssignment, raw);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(admin, input.assessmentId, "evaluator.assign", { tx, lock: true });
    assertTeamChangeable(access.status);
    const evaluator = await tx.user.findFirst({ where: { AND: [{ id: input.userId }, evaluatorPoolWhere(access.agencyId)] }, select: { id: true, roles: true } });
    if (!evaluator) throw new ValidationError("Pilih evaluator TPI yang aktif dari instansi ini.", { userId: "Pilih evaluator TPI yang aktif dari instansi ini." });
    if (evaluator.roles.some((r) => (r.role === "UNIT_MEMBER" || r.role === "UNIT_HEAD") && r.unitId === access.unitId)) {
      throw new InvalidStateError("Evaluator tidak boleh menilai unit kerjanya sendiri.");
    }
    if (input.role === "LEAD" && access.leadEvaluatorIds.some((id) => id !== input.userId)) {
      throw new InvalidStateError("Unit ini sudah memiliki ketua tim evaluator. Lepaskan ketua yang lama terlebih dahulu.");
    }
    const assignment = await tx.evaluatorAssignment.upsert({
      where: { assessmentId_userId: { assessmentId: access.id, userId: input.userId } },
      create: { assessmentId: access.id, userId: input.userId, role: input.role },
      update: { role: input.role },
    });
    await recordAudit(tx, {
      actorId: admin.id, action: "review.assign", entityType: "EvaluatorAssignment", entityId: assignment.id,
      assessmentId: access.id, after: { userId: input.userId, role: input.role },
    });
    await enqueueJob(tx, "notify-event", { kind: "EVALUATOR_ASSIGNED", assessmentId: access.id, statusVersion: access.statusVersion, userId: input.userId });
    return { id: assignment.id };
  });
}

export async function unassignEvaluator(admin: TSessionUser, raw: unknown) {
  const input = parseInput(ZAssignment.pick({ assessmentId: true, userId: true }), raw);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(admin, input.assessmentId, "evaluator.assign", { tx, lock: true });
    assertTeamChangeable(access.status);
    const existing = await tx.evaluatorAssignment.findUnique({ where: { assessmentId_userId: { assessmentId: access.id, userId: input.userId } } });
    if (!existing) throw new InvalidStateError("Evaluator ini tidak (lagi) ditugaskan pada unit ini. Muat ulang halaman.");
    await tx.evaluatorAssignment.delete({ where: { id: existing.id } });
    await recordAudit(tx, {
      actorId: admin.id, action: "review.unassign", entityType: "EvaluatorAssignment", entityId: existing.id,
      assessmentId: access.id, before: { userId: existing.userId, role: existing.role },
    });
    return { id: existing.id };
  });
}
