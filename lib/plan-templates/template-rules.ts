import "server-only";
import type { TTransaction } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { TAgencyAccess } from "@/lib/access/period-access";
import type { TPlanTemplateStepAccess } from "@/lib/access/plan-template-access";
import { getPlanStructure } from "@/lib/plans/plan-structure";

/** A template step's indicator: a node holding items of an LKE ZI catalogue version. */
export async function templateIndicator(tx: TTransaction, nodeId: string): Promise<{ versionId: string; code: string }> {
  const node = await tx.catalogueNode.findUnique({ where: { id: nodeId }, select: { versionId: true, code: true, version: { select: { instrument: true } } } });
  const structure = node?.version.instrument === "LKE_ZI" ? await getPlanStructure(node.versionId) : [];
  if (!node || !structure.some((area) => area.indicators.some((i) => i.nodeId === nodeId))) {
    throw new ValidationError("Templat rencana aksi hanya dapat dibuat untuk indikator katalog LKE ZI.", { nodeId: "Indikator tidak termasuk katalog LKE ZI." });
  }
  return { versionId: node.versionId, code: node.code };
}

/** Changes to one agency's template are serialised (positions stay dense, copies do not interleave). */
export async function lockAgency(tx: TTransaction, access: TAgencyAccess<"plan.template.manage"> | TPlanTemplateStepAccess) {
  const agencyId = "step" in access ? access.step.agencyId : access.id;
  await tx.$queryRaw`SELECT "id" FROM "Agency" WHERE "id" = ${agencyId} FOR UPDATE`;
}

/** What the audit trail keeps of a template step. */
export function auditedTemplateStep(step: { nodeId: string; description: string; plannedOutput: string; plannedMonths: number[] }) {
  return { nodeId: step.nodeId, description: step.description, plannedOutput: step.plannedOutput, plannedMonths: step.plannedMonths };
}
