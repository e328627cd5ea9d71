import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { clock } from "@/lib/clock";
import { MONTHS, monthsEnded } from "@/lib/plans/plan-calendar";
import { getPlanStructure } from "@/lib/plans/plan-structure";
import { ZMonevNote } from "@/lib/plans/schemas";
import { assertPeriodOpenForWork } from "@/lib/periods/policy";

export type TMonevRow = { areaCode: string; areaTitle: string; planned: number; done: number; late: number; note: string };
export type TMonevMonth = { month: number; ended: boolean; rows: TMonevRow[]; planned: number; done: number; late: number };

/**
 * Monthly monev of one plan: per month and area, the steps planned that month, those realised
 * (planned or not) and those late (planned, the month over, not realised), with the unit's note.
 * Readable by everyone who reads the LKE (the unit, its evaluators, its leaders).
 */
export async function getMonevSummary(access: TAssessmentAccess): Promise<TMonevMonth[]> {
  const [structure, assessment, steps, notes] = await Promise.all([
    getPlanStructure(access.catalogueVersionId),
    prisma.assessment.findUniqueOrThrow({ where: { id: access.id }, select: { period: { select: { year: true } }, unit: { select: { timeZone: true } } } }),
    prisma.actionPlanStep.findMany({ where: { plan: { assessmentId: access.id } }, select: { nodeId: true, plannedMonths: true, realisations: { select: { month: true } } } }),
    prisma.actionPlanMonevNote.findMany({ where: { plan: { assessmentId: access.id } }, select: { month: true, areaCode: true, note: true } }),
  ]);
  const ended = monthsEnded(assessment.period.year, clock.now(), assessment.unit.timeZone);
  const areaOfNode = new Map(structure.flatMap((a) => a.indicators.map((i) => [i.nodeId, a.code] as const)));
  const noteOf = new Map(notes.map((n) => [`${n.month}:${n.areaCode}`, n.note]));
  return MONTHS.map((month) => {
    const rows = structure.map((area) => {
      const mine = steps.filter((s) => areaOfNode.get(s.nodeId) === area.code);
      const realised = (s: (typeof mine)[number]) => s.realisations.some((r) => r.month === month);
      return {
        areaCode: area.code, areaTitle: area.title,
        planned: mine.filter((s) => s.plannedMonths.includes(month)).length,
        done: mine.filter(realised).length,
        late: month <= ended ? mine.filter((s) => s.plannedMonths.includes(month) && !realised(s)).length : 0,
        note: noteOf.get(`${month}:${area.code}`) ?? "",
      };
    }).filter((row) => row.planned || row.done || row.note);
    const sum = (key: "planned" | "done" | "late") => rows.reduce((total, row) => total + row[key], 0);
    return { month, ended: month <= ended, rows, planned: sum("planned"), done: sum("done"), late: sum("late") };
  });
}

/** The unit's monev note for a month and area (empty removes it); goes on after the plan locks. */
export async function saveMonevNote(user: TSessionUser, rawInput: unknown): Promise<{ month: number; areaCode: string }> {
  const input = parseInput(ZMonevNote, rawInput);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, input.assessmentId, "plan.write", { tx, lock: true });
    // Monev notes go on after the LKE is sent, like realisation, but a closed period is read-only.
    assertPeriodOpenForWork(access);
    const structure = await getPlanStructure(access.catalogueVersionId);
    if (!structure.some((a) => a.code === input.areaCode)) throw new ValidationError("Area tidak termasuk katalog LKE periode ini.");
    const plan = await tx.actionPlan.upsert({ where: { assessmentId: access.id }, create: { assessmentId: access.id }, update: {}, select: { id: true } });
    const key = { planId_month_areaCode: { planId: plan.id, month: input.month, areaCode: input.areaCode } };
    const before = await tx.actionPlanMonevNote.findUnique({ where: key, select: { note: true } });
    if ((before?.note ?? "") === input.note) return { month: input.month, areaCode: input.areaCode };
    if (input.note) {
      await tx.actionPlanMonevNote.upsert({ where: key, create: { planId: plan.id, month: input.month, areaCode: input.areaCode, note: input.note, updatedById: user.id }, update: { note: input.note, updatedById: user.id } });
    } else {
      await tx.actionPlanMonevNote.delete({ where: key });
    }
    await recordAudit(tx, {
      actorId: user.id, action: "plan.monev.note", entityType: "ActionPlan", entityId: plan.id, assessmentId: access.id,
      before: before ? { month: input.month, areaCode: input.areaCode, note: before.note } : null,
      after: input.note ? { month: input.month, areaCode: input.areaCode, note: input.note } : null,
    });
    return { month: input.month, areaCode: input.areaCode };
  });
}
