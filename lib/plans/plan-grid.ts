import "server-only";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/policy";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { clock } from "@/lib/clock";
import { cellState, MONTHS, monthsEnded, stepStatus, type TCellState, type TStepStatus } from "@/lib/plans/plan-calendar";
import { getPlanStructure, type TPlanIndicator } from "@/lib/plans/plan-structure";
import { planEditable, realisationOpen } from "@/lib/plans/policy";

export type TPlanStep = {
  id: string; version: number; nodeId: string; description: string; plannedOutput: string;
  expectedDocument: string; expectedLabel: string | null; personInChargeId: string; personName: string;
  plannedMonths: number[]; targetDate: string; status: TStepStatus; cells: TCellState[];
  realisations: { month: number; note: string; byName: string }[];
  files: { id: string; month: number; fileName: string }[];
};
export type TProgress = { steps: number; plannedCells: number; doneCells: number; lateCells: number };
/** `open: false`: the area is listed with its progress, its rows are left out (opened on demand). */
export type TGridArea = { code: string; title: string; progress: TProgress; open: boolean; indicators: (TPlanIndicator & { steps: TPlanStep[] })[] };
/** `area`: one area's code, or ALL_AREAS. */
export type TPlanFilters = { area?: string; person?: string; status?: TStepStatus };

/** The `area` filter that opens every area of a large plan (to print it whole). */
export const ALL_AREAS = "semua";
/**
 * Up to this many steps every area opens; a larger plan lists its areas closed and shows the
 * rows of the area asked for: a full plan (300 steps) is too much to render, send and read at once.
 */
export const OPEN_ALL_MAX_STEPS = 80;

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
    loadHeading(access.id),
    loadSteps(access.id),
    listUnitPeople(access),
  ]);
  const now = clock.now();
  const ended = monthsEnded(assessment.year, now, assessment.timeZone);
  const today = now.toISOString().slice(0, 10);
  const labels = new Map(structure.flatMap((a) => a.indicators.flatMap((i) => i.expectedDocuments.map((d) => [d.value, d.label] as const))));

  const byNode = new Map<string, TPlanStep[]>();
  for (const step of steps) {
    const realised = step.realisations.map((r) => r.month);
    const targetDate = step.targetDate;
    const expectedDocument = step.expectedItemId ? `${step.expectedItemId}:${step.expectedEntry}` : "";
    const row: TPlanStep = {
      id: step.id, version: step.version, nodeId: step.nodeId, description: step.description, plannedOutput: step.plannedOutput,
      expectedDocument, expectedLabel: labels.get(expectedDocument) ?? null,
      personInChargeId: step.personInChargeId, personName: step.personName, plannedMonths: step.plannedMonths, targetDate,
      status: stepStatus(step.plannedMonths, realised, ended, targetDate < today),
      cells: MONTHS.map((m) => cellState(step.plannedMonths.includes(m), realised.includes(m), m <= ended)),
      realisations: step.realisations,
      files: step.files,
    };
    byNode.set(step.nodeId, [...(byNode.get(step.nodeId) ?? []), row]);
  }

  const total = emptyProgress();
  const narrowed = Boolean(filters.person || filters.status);
  const openAll = narrowed || filters.area === ALL_AREAS || steps.length <= OPEN_ALL_MAX_STEPS;
  const oneArea = filters.area !== ALL_AREAS ? filters.area : undefined;
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
    if (oneArea && oneArea !== area.code) continue;
    const open = openAll || oneArea === area.code;
    // With a person or status filter only the rows that match; otherwise every indicator, to plan it.
    const shown = !open ? [] : narrowed ? indicators.filter((i) => i.steps.length) : indicators;
    areas.push({ ...area, progress, open, indicators: shown });
  }
  const realiser = can(access, "plan.write");
  return {
    year: assessment.year, timeZone: assessment.timeZone, monthsEnded: ended, unitName: assessment.unitName,
    canEdit: realiser && planEditable(access), canRealise: realiser && realisationOpen(access), people, areas, total,
  };
}

async function loadHeading(assessmentId: string) {
  const [row] = await prisma.$queryRaw<{ year: number; unitName: string; timeZone: string }[]>`
    SELECT p."year", u."name" AS "unitName", u."timeZone" FROM "Assessment" a
    JOIN "Period" p ON p."id" = a."periodId" JOIN "Unit" u ON u."id" = a."unitId" WHERE a."id" = ${assessmentId}`;
  return row!;
}

type TStepRow = Omit<TPlanStep, "expectedDocument" | "expectedLabel" | "status" | "cells"> & { expectedItemId: string | null; expectedEntry: number | null };

/**
 * A plan's steps with their person, realisations and files, in one query (a full plan has 300
 * steps: Prisma's nested reads cost several times more), in plan order.
 */
function loadSteps(assessmentId: string): Promise<TStepRow[]> {
  return prisma.$queryRaw<TStepRow[]>`
    SELECT s."id", s."version", s."nodeId", s."description", s."plannedOutput", s."expectedItemId", s."expectedEntry",
           s."personInChargeId", u."name" AS "personName", s."plannedMonths", to_char(s."targetDate", 'YYYY-MM-DD') AS "targetDate",
           COALESCE((SELECT json_agg(json_build_object('month', r."month", 'note', r."note", 'byName', b."name") ORDER BY r."month")
                     FROM "ActionPlanRealisation" r JOIN "User" b ON b."id" = r."realisedById" WHERE r."stepId" = s."id"), '[]') AS "realisations",
           COALESCE((SELECT json_agg(json_build_object('id', f."id", 'month', f."month", 'fileName', f."fileName") ORDER BY f."createdAt")
                     FROM "ActionPlanFile" f WHERE f."stepId" = s."id"), '[]') AS "files"
    FROM "ActionPlanStep" s
    JOIN "ActionPlan" p ON p."id" = s."planId"
    JOIN "User" u ON u."id" = s."personInChargeId"
    WHERE p."assessmentId" = ${assessmentId}
    ORDER BY s."position", s."createdAt"`;
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
  return prisma.$queryRaw<{ id: string; name: string }[]>`
    SELECT u."id", u."name" FROM "User" u
    WHERE u."active" AND EXISTS (SELECT 1 FROM "RoleAssignment" r WHERE r."userId" = u."id" AND r."unitId" = ${access.unitId}
                                   AND r."role" IN ('UNIT_MEMBER', 'UNIT_HEAD'))
    ORDER BY u."name"`;
}
