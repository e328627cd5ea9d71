import "server-only";
import { prisma } from "@/lib/db";
import type { TAgencyAccess } from "@/lib/access/period-access";
import { scopeAgencyWhere, type TScopeAccess } from "@/lib/access/scope-access";
import { getPlanStructure } from "@/lib/plans/plan-structure";

export type TTemplateStep = { id: string; version: number; description: string; plannedOutput: string; plannedMonths: number[] };

/** The agencies whose template the admin keeps, and the LKE ZI catalogue versions to choose from. */
export async function listTemplateChoices(scope: TScopeAccess<"plan.template.manage">) {
  const [agencies, versions] = await Promise.all([
    prisma.agency.findMany({
      where: scopeAgencyWhere(scope), orderBy: { name: "asc" },
      select: { id: true, name: true, periods: { orderBy: { year: "desc" }, take: 1, select: { catalogueVersionId: true } } },
    }),
    prisma.catalogueVersion.findMany({ where: { instrument: "LKE_ZI" }, orderBy: [{ code: "asc" }, { version: "desc" }], select: { id: true, code: true, version: true, title: true } }),
  ]);
  return {
    agencies: agencies.map((a) => ({ id: a.id, name: a.name, latestVersionId: a.periods[0]?.catalogueVersionId ?? null })),
    versions: versions.map((v) => ({ id: v.id, label: `${v.title} (${v.code} v${v.version})` })),
  };
}

/** The template of one agency and catalogue version: every indicator with its steps, by area. */
export async function getTemplate(agency: TAgencyAccess<"plan.template.manage">, versionId: string) {
  const [structure, steps] = await Promise.all([
    getPlanStructure(versionId),
    prisma.planTemplateStep.findMany({
      where: { agencyId: agency.id, catalogueVersionId: versionId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, nodeId: true, version: true, description: true, plannedOutput: true, plannedMonths: true },
    }),
  ]);
  const byNode = new Map<string, TTemplateStep[]>();
  for (const { nodeId, ...step } of steps) byNode.set(nodeId, [...(byNode.get(nodeId) ?? []), step]);
  return {
    stepCount: steps.length,
    areas: structure.map((area) => ({
      code: area.code, title: area.title,
      indicators: area.indicators.map((i) => ({ nodeId: i.nodeId, code: i.code, title: i.title, steps: byNode.get(i.nodeId) ?? [] })),
    })),
  };
}

/** The agency's unit plans on this catalogue version that hold steps: what a template can be copied from. */
export async function listCopyablePlans(agency: TAgencyAccess<"plan.template.manage">, versionId: string) {
  const plans = await prisma.actionPlan.findMany({
    where: { assessment: { period: { agencyId: agency.id, catalogueVersionId: versionId } }, steps: { some: {} } },
    orderBy: { assessment: { unit: { name: "asc" } } },
    select: { assessmentId: true, _count: { select: { steps: true } }, assessment: { select: { unit: { select: { name: true } }, period: { select: { name: true } } } } },
  });
  return plans.map((p) => ({ assessmentId: p.assessmentId, label: `${p.assessment.unit.name} — ${p.assessment.period.name} (${p._count.steps} langkah)` }));
}
