import "server-only";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/policy";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { clock } from "@/lib/clock";
import { cellState, MONTHS, monthsEnded, stepStatus, type TCellState, type TStepStatus } from "@/lib/plans/plan-calendar";
import { getPlanStructure, type TPlanIndicator } from "@/lib/plans/plan-structure";
import { planEditable } from "@/lib/plans/policy";

export type TPlanStep = {
  id: string; version: number; nodeId: string; description: string; plannedOutput: string;
  expectedDocument: string; expectedLabel: string | null; personInChargeId: string; personName: string;
  plannedMonths: number[]; targetDate: string; status: TStepStatus; cells: TCellState[];
  realisations: { month: number; note: string; byName: string }[];
  files: { id: string; month: number; fileName: string }[];
};
export type TProgress = { steps: number; plannedCells: number; doneCells: number; lateCells: number };
export type TGridArea = { code: string; title: string; progress: TProgress; indicators: (TPlanIndicator & { steps: TPlanStep[] })[] };
export type TPlanFilters = { area?: string; person?: string; status?: TStepStatus };

export type TPlanGrid = {
  year: number; timeZone: string; monthsEnded: number; unitName: string;
  /** Steps may be added and changed (the plan is not locked) by this viewer. */
  canEdit: boolean;
  /** The viewer may realise steps (members and the head, also after the plan locks). */
  canRealise: boolean;
  people: { id: string; name: string }[];
  areas: TGridArea[];
  total: TProgress;
};

const emptyProgress = (): TProgress => ({ steps: 0, plannedCells: 0, doneCells: 0, lateCells: 0 });

/** The whole plan of one assessment as the grid shows it: areas, indicators, steps, 12 months each. */
export async function getPlanGrid(access: TAssessmentAccess, filters: TPlanFilters = {}): Promise<TPlanGrid> {
  const [structure, assessment, steps, people] = await Promise.all([
    getPlanStructure(access.catalogueVersionId),
    prisma.assessment.findUniqueOrThrow({ where: { id: access.id }, select: { period: { select: { year: true } }, unit: { select: { name: true, timeZone: true } } } }),
    prisma.actionPlanStep.findMany({
      where: { plan: { assessmentId: access.id } },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: {
        id: true, version: true, nodeId: true, description: true, plannedOutput: true, expectedItemId: true, expectedEntry: true,
        personInChargeId: true, personInCharge: { select: { name: true } }, plannedMonths: true, targetDate: true,
        realisations: { orderBy: { month: "asc" }, select: { month: true, note: true, realisedBy: { select: { name: true } } } },
        files: { orderBy: { createdAt: "asc" }, select: { id: true, month: true, fileName: true } },
      },
    }),
    listUnitPeople(access),
  ]);
  const now = clock.now();
  const ended = monthsEnded(assessment.period.year, now, assessment.unit.timeZone);
  const today = now.toISOString().slice(0, 10);
  const labels = new Map(structure.flatMap((a) => a.indicators.flatMap((i) => i.expectedDocuments.map((d) => [d.value, d.label] as const))));

  const byNode = new Map<string, TPlanStep[]>();
  for (const step of steps) {
    const realised = step.realisations.map((r) => r.month);
    const targetDate = step.targetDate.toISOString().slice(0, 10);
    const expectedDocument = step.expectedItemId ? `${step.expectedItemId}:${step.expectedEntry}` : "";
    const row: TPlanStep = {
      id: step.id, version: step.version, nodeId: step.nodeId, description: step.description, plannedOutput: step.plannedOutput,
      expectedDocument, expectedLabel: labels.get(expectedDocument) ?? null,
      personInChargeId: step.personInChargeId, personName: step.personInCharge.name, plannedMonths: step.plannedMonths, targetDate,
      status: stepStatus(step.plannedMonths, realised, ended, targetDate < today),
      cells: MONTHS.map((m) => cellState(step.plannedMonths.includes(m), realised.includes(m), m <= ended)),
      realisations: step.realisations.map((r) => ({ month: r.month, note: r.note, byName: r.realisedBy.name })),
      files: step.files,
    };
    byNode.set(step.nodeId, [...(byNode.get(step.nodeId) ?? []), row]);
  }

  const total = emptyProgress();
  const narrowed = Boolean(filters.person || filters.status);
  const areas: TGridArea[] = [];
  for (const area of structure) {
    const progress = emptyProgress();
    const indicators = area.indicators.map((indicator) => {
      const all = byNode.get(indicator.nodeId) ?? [];
      for (const step of all) addProgress(progress, step);
      const shown = all.filter((s) => (!filters.person || s.personInChargeId === filters.person) && (!filters.status || s.status === filters.status));
      return { ...indicator, steps: shown };
    });
    for (const key of Object.keys(total) as (keyof TProgress)[]) total[key] += progress[key];
    if (filters.area && filters.area !== area.code) continue;
    // With a person or status filter only the rows that match; otherwise every indicator, to plan it.
    areas.push({ ...area, progress, indicators: narrowed ? indicators.filter((i) => i.steps.length) : indicators });
  }
  const realiser = can(access, "plan.write");
  return {
    year: assessment.period.year, timeZone: assessment.unit.timeZone, monthsEnded: ended, unitName: assessment.unit.name,
    canEdit: realiser && planEditable(access), canRealise: realiser, people, areas, total,
  };
}

function addProgress(progress: TProgress, step: TPlanStep) {
  progress.steps += 1;
  for (const cell of step.cells) {
    if (cell === "done" || cell === "late" || cell === "planned") progress.plannedCells += 1;
    if (cell === "done") progress.doneCells += 1;
    if (cell === "late") progress.lateCells += 1;
  }
}

/** The unit's members and head: who may be in charge of a step. */
export async function listUnitPeople(access: TAssessmentAccess): Promise<{ id: string; name: string }[]> {
  const users = await prisma.user.findMany({
    where: { active: true, roles: { some: { unitId: access.unitId, role: { in: ["UNIT_MEMBER", "UNIT_HEAD"] } } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return users;
}
