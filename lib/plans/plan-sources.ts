import "server-only";
import type { prisma, TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { authorizePredecessorAssessment } from "@/lib/access/predecessor-access";
import { lineageUnitIdsSql } from "@/lib/units/lineage-sql";

/** A step to copy, named by codes so it maps onto this year's catalogue version. */
export type TSourceStep = {
  indicatorCode: string;
  indicatorTitle: string;
  description: string;
  plannedOutput: string;
  plannedMonths: number[];
  personInChargeId: string | null;
  expectedItemCode: string | null;
  expectedEntry: number | null;
};
export type TPlanSourceSteps = { fromAssessmentId: string | null; fromYear: number | null; steps: TSourceStep[] };

const STEP_ORDER = [{ node: { position: "asc" as const } }, { position: "asc" as const }];

/**
 * The agency's templat: that of the period's catalogue version, or else of the newest version the
 * agency keeps one for (mapped by indicator code like last year's plan).
 */
export async function templateSteps(tx: TTransaction, access: TAssessmentAccess): Promise<TPlanSourceSteps> {
  const own = await tx.planTemplateStep.count({ where: { agencyId: access.agencyId, catalogueVersionId: access.catalogueVersionId } });
  const versionId = own > 0 ? access.catalogueVersionId : (await tx.planTemplateStep.findFirst({
    where: { agencyId: access.agencyId }, orderBy: { catalogueVersion: { createdAt: "desc" } }, select: { catalogueVersionId: true },
  }))?.catalogueVersionId;
  if (!versionId) return { fromAssessmentId: null, fromYear: null, steps: [] };
  const steps = await tx.planTemplateStep.findMany({
    where: { agencyId: access.agencyId, catalogueVersionId: versionId }, orderBy: STEP_ORDER,
    select: { description: true, plannedOutput: true, plannedMonths: true, node: { select: { code: true, title: true } } },
  });
  return {
    fromAssessmentId: null, fromYear: null,
    steps: steps.map((s) => ({
      indicatorCode: s.node.code, indicatorTitle: s.node.title, description: s.description, plannedOutput: s.plannedOutput,
      plannedMonths: s.plannedMonths, personInChargeId: null, expectedItemCode: null, expectedEntry: null,
    })),
  };
}

/**
 * The unit's most recent plan of an earlier year in the same agency that holds steps; a unit formed
 * by a merge, split or replacement finds its predecessors' (lib/units/lineage-sql.ts, as carrying
 * the LKE forward does). Read through the predecessor proof of lib/access.
 */
export async function findLastYearPlan(tx: TTransaction | typeof prisma, access: TAssessmentAccess) {
  const current = await tx.period.findUniqueOrThrow({ where: { id: access.periodId }, select: { year: true } });
  const units = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM ${lineageUnitIdsSql(access.unitId)} AS lineage`;
  return tx.assessment.findFirst({
    where: { unitId: { in: units.map((u) => u.id) }, period: { agencyId: access.agencyId, year: { lt: current.year } }, actionPlan: { steps: { some: {} } } },
    orderBy: [{ period: { year: "desc" } }, { createdAt: "desc" }],
    select: { id: true, period: { select: { year: true, name: true } }, actionPlan: { select: { _count: { select: { steps: true } } } } },
  });
}

export async function lastYearSteps(tx: TTransaction, access: TAssessmentAccess): Promise<TPlanSourceSteps> {
  const previous = await findLastYearPlan(tx, access);
  if (!previous) return { fromAssessmentId: null, fromYear: null, steps: [] };
  const source = await authorizePredecessorAssessment(access, previous.id, tx);
  const steps = await tx.actionPlanStep.findMany({
    where: { plan: { assessmentId: source.id } }, orderBy: STEP_ORDER,
    select: {
      description: true, plannedOutput: true, plannedMonths: true, personInChargeId: true, expectedEntry: true,
      node: { select: { code: true, title: true } }, expectedItem: { select: { code: true } },
    },
  });
  return {
    fromAssessmentId: source.id, fromYear: previous.period.year,
    steps: steps.map((s) => ({
      indicatorCode: s.node.code, indicatorTitle: s.node.title, description: s.description, plannedOutput: s.plannedOutput,
      plannedMonths: s.plannedMonths, personInChargeId: s.personInChargeId, expectedItemCode: s.expectedItem?.code ?? null, expectedEntry: s.expectedEntry,
    })),
  };
}
