import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { authorizeAgency } from "@/lib/access/period-access";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ZCopyPlanToTemplate } from "@/lib/plan-templates/schemas";
import { auditedTemplateStep, lockAgency } from "@/lib/plan-templates/template-rules";

/**
 * "Salin dari rencana aksi unit": a quick start for the template. Every step of one of the
 * agency's unit plans is added to the template of that plan's catalogue version (description,
 * bukti fisik and months; never the person or the realisation). One transaction, audited.
 */
export async function copyPlanToTemplate(user: TSessionUser, rawInput: unknown): Promise<{ copied: number; catalogueVersionId: string }> {
  const input = parseInput(ZCopyPlanToTemplate, rawInput);
  return prisma.$transaction(async (tx) => {
    const agency = await authorizeAgency(user, input.agencyId, "plan.template.manage", { tx });
    const source = await authorizeAssessment(user, input.assessmentId, "assessment.read", { tx });
    if (source.agencyId !== agency.id) throw new NotFoundError("Penilaian tidak ditemukan.");
    await lockAgency(tx, agency);
    const steps = await tx.actionPlanStep.findMany({
      where: { plan: { assessmentId: source.id } }, orderBy: [{ nodeId: "asc" }, { position: "asc" }],
      select: { nodeId: true, description: true, plannedOutput: true, plannedMonths: true },
    });
    if (steps.length === 0) throw new InvalidStateError("Rencana aksi unit ini belum berisi langkah aksi; tidak ada yang disalin.");
    const counts = new Map((await tx.planTemplateStep.groupBy({
      by: ["nodeId"], where: { agencyId: agency.id, catalogueVersionId: source.catalogueVersionId }, _count: { _all: true },
    })).map((g) => [g.nodeId, g._count._all]));
    const created = await tx.planTemplateStep.createManyAndReturn({
      data: steps.map((step) => {
        const position = counts.get(step.nodeId) ?? 0;
        counts.set(step.nodeId, position + 1);
        return { agencyId: agency.id, catalogueVersionId: source.catalogueVersionId, position, updatedById: user.id, ...step };
      }),
      select: { id: true, nodeId: true, description: true, plannedOutput: true, plannedMonths: true },
    });
    await recordAudits(tx, created.map((step) => ({
      actorId: user.id, action: "plan.template.create", entityType: "PlanTemplateStep", entityId: step.id,
      before: null, after: { agencyId: agency.id, fromAssessmentId: source.id, ...auditedTemplateStep(step) },
    })));
    await recordAudit(tx, {
      actorId: user.id, action: "plan.template.copy", entityType: "Agency", entityId: agency.id,
      before: null, after: { fromAssessmentId: source.id, catalogueVersionId: source.catalogueVersionId, copied: created.length },
    });
    return { copied: created.length, catalogueVersionId: source.catalogueVersionId };
  });
}
