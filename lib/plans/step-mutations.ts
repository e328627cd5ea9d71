import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { authorizePlanStep } from "@/lib/access/plan-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertPlanEditable } from "@/lib/plans/policy";
import { ZCreateStep, ZDeleteStep, ZUpdateStep } from "@/lib/plans/schemas";
import { auditedStep, checkStep } from "@/lib/plans/step-rules";

// Every change to the plan's steps: authorise with the assessment locked (changes to one plan are
// serialised), check that the plan is not locked, write, audit, in one transaction.

const STALE = "Langkah aksi ini sudah diubah orang lain sejak Anda membukanya. Muat ulang halaman untuk melihat versi terbaru; isian Anda belum disimpan.";

/** A new langkah aksi on an indicator; the plan itself is created with its first step. */
export async function createStep(user: TSessionUser, rawInput: unknown): Promise<{ id: string; version: number }> {
  const input = parseInput(ZCreateStep, rawInput);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, input.assessmentId, "plan.write", { tx, lock: true });
    assertPlanEditable(access);
    const checked = await checkStep(tx, access, input.nodeId, input);
    const plan = await tx.actionPlan.upsert({ where: { assessmentId: access.id }, create: { assessmentId: access.id }, update: {}, select: { id: true } });
    const position = await tx.actionPlanStep.count({ where: { planId: plan.id, nodeId: input.nodeId } });
    const step = await tx.actionPlanStep.create({ data: { planId: plan.id, nodeId: input.nodeId, position, ...checked }, select: { id: true, version: true } });
    await recordAudit(tx, {
      actorId: user.id, action: "plan.step.create", entityType: "ActionPlanStep", entityId: step.id,
      assessmentId: access.id, before: null, after: auditedStep({ nodeId: input.nodeId, ...checked }),
    });
    return step;
  });
}

async function lockStep(tx: TTransaction, user: TSessionUser, stepId: string, expectedVersion: number) {
  const { assessment: access, step } = await authorizePlanStep(user, stepId, "plan.write", { tx, lock: true });
  assertPlanEditable(access);
  // Read again under the lock: the proof's version may predate a save that finished meanwhile.
  const current = await tx.actionPlanStep.findUniqueOrThrow({ where: { id: step.id } });
  if (current.version !== expectedVersion) throw new ConflictError(STALE, { version: current.version });
  return { access, current };
}

export async function updateStep(user: TSessionUser, rawInput: unknown): Promise<{ id: string; version: number }> {
  const input = parseInput(ZUpdateStep, rawInput);
  return prisma.$transaction(async (tx) => {
    const { access, current } = await lockStep(tx, user, input.stepId, input.expectedVersion);
    const checked = await checkStep(tx, access, current.nodeId, input);
    const saved = await tx.actionPlanStep.update({ where: { id: current.id }, data: { ...checked, version: { increment: 1 } }, select: { id: true, version: true } });
    const { id: _id, planId: _plan, position: _pos, version: _v, createdAt: _c, updatedAt: _u, ...before } = current;
    await recordAudit(tx, {
      actorId: user.id, action: "plan.step.update", entityType: "ActionPlanStep", entityId: current.id,
      assessmentId: access.id, before: auditedStep(before), after: auditedStep({ nodeId: current.nodeId, ...checked }),
    });
    return saved;
  });
}

/** Removes a step with its realisations; bukti dukung made from its files stay on their items. */
export async function deleteStep(user: TSessionUser, rawInput: unknown): Promise<{ id: string }> {
  const input = parseInput(ZDeleteStep, rawInput);
  return prisma.$transaction(async (tx) => {
    const { access, current } = await lockStep(tx, user, input.stepId, input.expectedVersion);
    await tx.actionPlanStep.delete({ where: { id: current.id } });
    const { id: _id, planId: _plan, position: _pos, version: _v, createdAt: _c, updatedAt: _u, ...before } = current;
    await recordAudit(tx, {
      actorId: user.id, action: "plan.step.delete", entityType: "ActionPlanStep", entityId: current.id,
      assessmentId: access.id, before: auditedStep(before), after: null,
    });
    return { id: current.id };
  });
}
