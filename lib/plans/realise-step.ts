import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizePlanStep } from "@/lib/access/plan-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { assertRealisationOpen } from "@/lib/plans/policy";
import { ZCancelRealisation, ZRealiseStep } from "@/lib/plans/schemas";

// Realisation goes on after the plan locks with the LKE (lib/plans/policy.ts), but not in a
// closed or archived period: that period is read-only everywhere, its plan included.

/** Marks a step done for a month with the unit's note (again: the note is replaced). */
export async function realiseStep(user: TSessionUser, rawInput: unknown): Promise<{ stepId: string; month: number }> {
  const input = parseInput(ZRealiseStep, rawInput);
  return prisma.$transaction(async (tx) => {
    const { assessment: access, step } = await authorizePlanStep(user, input.stepId, "plan.write", { tx, lock: true });
    assertRealisationOpen(access);
    const key = { stepId_month: { stepId: step.id, month: input.month } };
    const before = await tx.actionPlanRealisation.findUnique({ where: key, select: { note: true } });
    await tx.actionPlanRealisation.upsert({
      where: key,
      create: { stepId: step.id, month: input.month, note: input.note, realisedById: user.id },
      update: { note: input.note, realisedById: user.id, realisedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: user.id, action: "plan.step.realise", entityType: "ActionPlanStep", entityId: step.id,
      assessmentId: access.id, before: before ? { month: input.month, note: before.note } : null, after: { month: input.month, note: input.note },
    });
    return { stepId: step.id, month: input.month };
  });
}

/** Takes back a month's realisation (marked by mistake); its files stay with the step. Idempotent. */
export async function cancelRealisation(user: TSessionUser, rawInput: unknown): Promise<{ stepId: string; month: number }> {
  const input = parseInput(ZCancelRealisation, rawInput);
  return prisma.$transaction(async (tx) => {
    const { assessment: access, step } = await authorizePlanStep(user, input.stepId, "plan.write", { tx, lock: true });
    assertRealisationOpen(access);
    const key = { stepId_month: { stepId: step.id, month: input.month } };
    const before = await tx.actionPlanRealisation.findUnique({ where: key, select: { note: true } });
    if (!before) return { stepId: step.id, month: input.month };
    await tx.actionPlanRealisation.delete({ where: key });
    await recordAudit(tx, {
      actorId: user.id, action: "plan.step.unrealise", entityType: "ActionPlanStep", entityId: step.id,
      assessmentId: access.id, before: { month: input.month, note: before.note }, after: null,
    });
    return { stepId: step.id, month: input.month };
  });
}
