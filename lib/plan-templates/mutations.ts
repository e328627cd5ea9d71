import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeAgency } from "@/lib/access/period-access";
import { authorizePlanTemplateStep } from "@/lib/access/plan-template-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ZCreateTemplateStep, ZDeleteTemplateStep, ZUpdateTemplateStep } from "@/lib/plan-templates/schemas";
import { auditedTemplateStep, lockAgency, templateIndicator } from "@/lib/plan-templates/template-rules";

// The agency's templat rencana aksi, step by step: authorise on the agency, write, audit, in one
// transaction. Only the agency's admins and the installation's reach it; others get 404.

const STALE = "Langkah templat ini sudah diubah admin lain sejak Anda membukanya. Muat ulang halaman untuk melihat versi terbaru; isian Anda belum disimpan.";

export async function createTemplateStep(user: TSessionUser, rawInput: unknown): Promise<{ id: string; version: number }> {
  const input = parseInput(ZCreateTemplateStep, rawInput);
  return prisma.$transaction(async (tx) => {
    const agency = await authorizeAgency(user, input.agencyId, "plan.template.manage", { tx });
    await lockAgency(tx, agency);
    const { versionId } = await templateIndicator(tx, input.nodeId);
    const position = await tx.planTemplateStep.count({ where: { agencyId: agency.id, nodeId: input.nodeId } });
    const fields = { description: input.description, plannedOutput: input.plannedOutput, plannedMonths: [...input.plannedMonths].sort((a, b) => a - b) };
    const step = await tx.planTemplateStep.create({
      data: { agencyId: agency.id, catalogueVersionId: versionId, nodeId: input.nodeId, position, updatedById: user.id, ...fields },
      select: { id: true, version: true },
    });
    await recordAudit(tx, {
      actorId: user.id, action: "plan.template.create", entityType: "PlanTemplateStep", entityId: step.id,
      before: null, after: { agencyId: agency.id, ...auditedTemplateStep({ nodeId: input.nodeId, ...fields }) },
    });
    return step;
  });
}

async function lockTemplateStep(tx: TTransaction, user: TSessionUser, stepId: string, expectedVersion: number) {
  const access = await authorizePlanTemplateStep(user, stepId, { tx });
  const { step } = access;
  await lockAgency(tx, access);
  const current = await tx.planTemplateStep.findUniqueOrThrow({ where: { id: step.id } });
  if (current.version !== expectedVersion) throw new ConflictError(STALE, { version: current.version });
  return current;
}

export async function updateTemplateStep(user: TSessionUser, rawInput: unknown): Promise<{ id: string; version: number }> {
  const input = parseInput(ZUpdateTemplateStep, rawInput);
  return prisma.$transaction(async (tx) => {
    const current = await lockTemplateStep(tx, user, input.stepId, input.expectedVersion);
    const fields = { description: input.description, plannedOutput: input.plannedOutput, plannedMonths: [...input.plannedMonths].sort((a, b) => a - b) };
    const saved = await tx.planTemplateStep.update({
      where: { id: current.id }, data: { ...fields, updatedById: user.id, version: { increment: 1 } }, select: { id: true, version: true },
    });
    await recordAudit(tx, {
      actorId: user.id, action: "plan.template.update", entityType: "PlanTemplateStep", entityId: current.id,
      before: auditedTemplateStep(current), after: auditedTemplateStep({ nodeId: current.nodeId, ...fields }),
    });
    return saved;
  });
}

export async function deleteTemplateStep(user: TSessionUser, rawInput: unknown): Promise<{ id: string }> {
  const input = parseInput(ZDeleteTemplateStep, rawInput);
  return prisma.$transaction(async (tx) => {
    const current = await lockTemplateStep(tx, user, input.stepId, input.expectedVersion);
    await tx.planTemplateStep.delete({ where: { id: current.id } });
    await recordAudit(tx, {
      actorId: user.id, action: "plan.template.delete", entityType: "PlanTemplateStep", entityId: current.id,
      before: { agencyId: current.agencyId, ...auditedTemplateStep(current) }, after: null,
    });
    return { id: current.id };
  });
}
