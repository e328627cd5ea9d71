import "server-only";
import { prisma } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { findLastYearPlan } from "@/lib/plans/plan-sources";

export type TPlanStartOptions = {
  /** Steps of the agency's template (any catalogue version; mapped by code when started). */
  templateSteps: number;
  lastYear: { year: number; periodName: string; steps: number } | null;
};

/** What "Mulai rencana aksi" can start from, for the plan page. */
export async function getPlanStartOptions(access: TAssessmentAccess): Promise<TPlanStartOptions> {
  const [templateSteps, previous] = await Promise.all([
    prisma.planTemplateStep.count({ where: { agencyId: access.agencyId } }),
    findLastYearPlan(prisma, access),
  ]);
  return {
    templateSteps,
    lastYear: previous ? { year: previous.period.year, periodName: previous.period.name, steps: previous.actionPlan?._count.steps ?? 0 } : null,
  };
}
