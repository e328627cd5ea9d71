import "server-only";
import { parseInput } from "@/lib/validation";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { assertAssessmentPermission, loadAssessmentScope } from "@/lib/assessments/access";
import { ZAssignment } from "@/lib/review/schemas";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

/** The team that signed a final LHE stays on record. */
function assertTeamChangeable(status: AssessmentStatus) {
  if (status === "FINAL") throw new InvalidStateError("Penilaian sudah final; tim evaluator tidak dapat diubah.");
}

/** Admins put evaluators (one lead, any members) on a unit's assessment. */
export async function assignEvaluator(admin: TSessionUser, raw: unknown) {
  const input = parseInput(ZAssignment, raw);
  return prisma.$transaction(async (tx) => {
    const scope = await loadAssessmentScope(tx, input.assessmentId, true);
    assertAssessmentPermission(admin, scope, "evaluator.assign");
    assertTeamChangeable(scope.status);
    const evaluator = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, active: true, roles: true } });
    if (!evaluator || !evaluator.active || !evaluator.roles.some((r) => r.role === "EVALUATOR")) {
      throw new NotFoundError("Pengguna ini bukan evaluator TPI yang aktif.");
    }
    if (evaluator.roles.some((r) => (r.role === "UNIT_MEMBER" || r.role === "UNIT_HEAD") && r.unitId === scope.unitId)) {
      throw new InvalidStateError("Evaluator tidak boleh menilai unit kerjanya sendiri.");
    }
    if (input.role === "LEAD" && scope.leadEvaluatorIds.some((id) => id !== input.userId)) {
      throw new InvalidStateError("Unit ini sudah memiliki ketua tim evaluator. Lepaskan ketua yang lama terlebih dahulu.");
    }
    const assignment = await tx.evaluatorAssignment.upsert({
      where: { assessmentId_userId: { assessmentId: scope.id, userId: input.userId } },
      create: { assessmentId: scope.id, userId: input.userId, role: input.role },
      update: { role: input.role },
    });
    await recordAudit(tx, {
      actorId: admin.id, action: "review.assign", entityType: "EvaluatorAssignment", entityId: assignment.id,
      assessmentId: scope.id, after: { userId: input.userId, role: input.role },
    });
    return { id: assignment.id };
  });
}

export async function unassignEvaluator(admin: TSessionUser, raw: unknown) {
  const input = parseInput(ZAssignment.pick({ assessmentId: true, userId: true }), raw);
  return prisma.$transaction(async (tx) => {
    const scope = await loadAssessmentScope(tx, input.assessmentId, true);
    assertAssessmentPermission(admin, scope, "evaluator.assign");
    assertTeamChangeable(scope.status);
    const existing = await tx.evaluatorAssignment.findUnique({ where: { assessmentId_userId: input } });
    if (!existing) throw new NotFoundError("Penugasan tidak ditemukan.");
    await tx.evaluatorAssignment.delete({ where: { id: existing.id } });
    await recordAudit(tx, {
      actorId: admin.id, action: "review.unassign", entityType: "EvaluatorAssignment", entityId: existing.id,
      assessmentId: scope.id, before: { userId: existing.userId, role: existing.role },
    });
    return { id: existing.id };
  });
}
