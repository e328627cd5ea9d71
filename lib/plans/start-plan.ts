import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeAssessment, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { getCatalogue } from "@/lib/catalogue/queries";
import { InvalidStateError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertPlanEditable } from "@/lib/plans/policy";
import { getPlanStructure } from "@/lib/plans/plan-structure";
import { lastYearSteps, templateSteps, type TSourceStep } from "@/lib/plans/plan-sources";
import { ZStartPlan, type TPlanSource } from "@/lib/plans/start-plan-schemas";
import { auditedStep } from "@/lib/plans/step-rules";

export const PLAN_NOT_EMPTY_MESSAGE =
  "Rencana aksi ini sudah berisi langkah aksi. Pilih \"Tambahkan ke langkah yang sudah ada\" bila langkah dari sumber ini memang ingin ditambahkan; tidak ada yang diubah.";
const NO_SOURCE: Record<TPlanSource, string> = {
  template: "Instansi belum memiliki templat rencana aksi; tidak ada yang diubah.",
  lastYear: "Unit ini tidak memiliki rencana aksi periode sebelumnya yang berisi langkah aksi; tidak ada yang diubah.",
};

export type TStartPlanResult = {
  source: TPlanSource;
  fromYear: number | null;
  created: number;
  /** Steps whose indicator is not in this year's catalogue: reported, not copied. */
  skipped: { indicatorCode: string; indicatorTitle: string; description: string }[];
  /** Steps whose person in charge is no longer (or never was) in the unit: now the starter's. */
  reassigned: number;
};

/**
 * "Mulai dari templat instansi" / "Mulai dari rencana tahun lalu": copies the source's steps onto
 * this year's indicators (matched by code), with their months and bukti fisik; a person in charge
 * only while still a user of the unit (otherwise the one who starts the plan), never a
 * realisation. One transaction under the assessment's lock, refused on a locked plan or a closed
 * period, audited per step.
 */
export async function startPlan(user: TSessionUser, rawInput: unknown): Promise<TStartPlanResult> {
  const input = parseInput(ZStartPlan, rawInput);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, input.assessmentId, "plan.write", { tx, lock: true });
    assertPlanEditable(access);
    const plan = await tx.actionPlan.upsert({ where: { assessmentId: access.id }, create: { assessmentId: access.id }, update: {}, select: { id: true } });
    const existing = await tx.actionPlanStep.groupBy({ by: ["nodeId"], where: { planId: plan.id }, _count: { _all: true } });
    if (existing.length > 0 && input.mode !== "add") throw new InvalidStateError(PLAN_NOT_EMPTY_MESSAGE);

    const source = input.source === "template" ? await templateSteps(tx, access) : await lastYearSteps(tx, access);
    if (source.steps.length === 0) throw new InvalidStateError(NO_SOURCE[input.source]);

    const target = await targetOf(tx, access);
    const positions = new Map(existing.map((g) => [g.nodeId, g._count._all]));
    const skipped: TStartPlanResult["skipped"] = [];
    let reassigned = 0;
    const rows = source.steps.flatMap((step) => {
      const nodeId = target.nodeIds.get(step.indicatorCode);
      if (!nodeId) {
        skipped.push({ indicatorCode: step.indicatorCode, indicatorTitle: step.indicatorTitle, description: step.description });
        return [];
      }
      const keepsPerson = step.personInChargeId !== null && target.people.has(step.personInChargeId);
      if (step.personInChargeId !== null && !keepsPerson) reassigned += 1;
      const position = positions.get(nodeId) ?? 0;
      positions.set(nodeId, position + 1);
      const months = [...step.plannedMonths].sort((a, b) => a - b);
      return [{
        planId: plan.id, nodeId, position, description: step.description, plannedOutput: step.plannedOutput, plannedMonths: months,
        personInChargeId: keepsPerson ? step.personInChargeId! : user.id, ...target.expected(step),
        targetDate: new Date(Date.UTC(target.year, months.at(-1)!, 0)),
      }];
    });
    const created = await tx.actionPlanStep.createManyAndReturn({ data: rows, select: { id: true } });
    await recordAudits(tx, created.map(({ id }, index) => {
      const { planId: _plan, position: _position, ...step } = rows[index]!;
      return {
        actorId: user.id, action: "plan.step.create", entityType: "ActionPlanStep", entityId: id, assessmentId: access.id,
        before: null, after: { ...auditedStep(step), source: input.source, fromAssessmentId: source.fromAssessmentId },
      };
    }));
    const result = { source: input.source, fromYear: source.fromYear, created: created.length, skipped, reassigned };
    await recordAudit(tx, {
      actorId: user.id, action: "plan.start", entityType: "ActionPlan", entityId: plan.id, assessmentId: access.id,
      before: { steps: existing.reduce((n, g) => n + g._count._all, 0) }, after: { ...result, mode: input.mode, fromAssessmentId: source.fromAssessmentId },
    });
    return result;
  }, { timeout: 60_000 });
}

/** This year's side: indicators by code, the unit's people, the year, expected documents by item code. */
async function targetOf(tx: TTransaction, access: TAssessmentAccess) {
  const [structure, loaded, people, period] = await Promise.all([
    getPlanStructure(access.catalogueVersionId),
    getCatalogue(access.catalogueVersionId),
    tx.roleAssignment.findMany({ where: { unitId: access.unitId, role: { in: ["UNIT_MEMBER", "UNIT_HEAD"] }, user: { active: true } }, select: { userId: true } }),
    tx.period.findUniqueOrThrow({ where: { id: access.periodId }, select: { year: true } }),
  ]);
  return {
    year: period.year,
    nodeIds: new Map(structure.flatMap((area) => area.indicators.map((i) => [i.code, i.nodeId] as const))),
    people: new Set(people.map((p) => p.userId)),
    /** Last year's expected document, when this year's item of the same code (and indicator) still lists it. */
    expected(step: TSourceStep): { expectedItemId: string | null; expectedEntry: number | null } {
      const itemId = step.expectedItemCode ? loaded.itemIdByCode.get(step.expectedItemCode) : undefined;
      const ref = itemId ? loaded.itemsById.get(itemId) : undefined;
      const fits = ref && ref.indicator.code === step.indicatorCode && step.expectedEntry !== null && ref.item.expectedEvidence[step.expectedEntry] !== undefined;
      return fits ? { expectedItemId: itemId!, expectedEntry: step.expectedEntry } : { expectedItemId: null, expectedEntry: null };
    },
  };
}
