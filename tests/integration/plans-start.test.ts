import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { PLAN_NOT_EMPTY_MESSAGE, startPlan } from "@/lib/plans/start-plan";
import { getPlanStartOptions } from "@/lib/plans/start-plan-options";
import { createTemplateStep } from "@/lib/plan-templates/mutations";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { createSecondAgency } from "@/tests/support/second-agency";
import { addStep, nodeId, planState } from "@/tests/support/plan-helpers";

// Starting unit-a's 2026 plan (asm-a) from the agency's template or from last year's plan.

let world: TWorld;
useFixedClock("2026-02-10T03:00:00Z");

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

const stepsOf = (assessmentId: string) => prisma.actionPlanStep.findMany({
  where: { plan: { assessmentId } }, orderBy: [{ node: { code: "asc" } }, { position: "asc" }],
  include: { node: { select: { code: true, versionId: true } }, realisations: true },
});

async function template() {
  const { agencyAdmin } = await createSecondAgency();
  for (const [code, description, months] of [["A.I.1.1", "Membentuk Tim Kerja", [1]], ["A.I.1.1", "Menetapkan SK Tim Kerja", [2, 3]], ["A.I.2.1", "Menyusun SOP", [5]]] as const) {
    await createTemplateStep(agencyAdmin, { agencyId: "ag", nodeId: await nodeId(world, code), description, plannedOutput: `Bukti ${description}`, plannedMonths: [...months] });
  }
}

/**
 * Last year: the 2025 plan of "unit-old", which unit-a replaced in 2026, on a 2025 catalogue
 * version holding A.I.1.1 (still in 2026) and X.9 (no longer). Steps by a person still in
 * unit-a, one who moved to unit-b and one deactivated; realised months that must not come along.
 */
async function lastYear() {
  const old = await prisma.catalogueVersion.create({
    data: {
      code: "LKE-ZI-2020", version: 1, title: "LKE 2020", regulation: "-", document: {}, predicates: [], checksum: "x", itemCount: 0,
      nodes: { create: [
        { kind: "INDICATOR", code: "A.I.1.1", title: "Penyusunan Tim Kerja", weight: 1, position: 0 },
        { kind: "INDICATOR", code: "X.9", title: "Indikator lama", weight: 1, position: 1 },
      ] },
    },
    include: { nodes: true },
  });
  const node = (code: string) => old.nodes.find((n) => n.code === code)!.id;
  await prisma.unit.create({ data: { id: "unit-old", code: "OLD", name: "Unit lama", level: "Kejari", agencyId: "ag", parentId: "region", path: "/root/region/unit-old/", active: false } });
  await prisma.unitLineage.create({ data: { fromUnitId: "unit-old", toUnitId: "unit-a", kind: "REPLACE", year: 2026 } });
  await prisma.period.create({ data: { id: "p2025", agencyId: "ag", year: 2025, name: "ZI 2025", catalogueVersionId: old.id, status: "CLOSED" } });
  await prisma.assessment.create({ data: { id: "asm-old-2025", periodId: "p2025", unitId: "unit-old", itemCount: 0, status: "FINAL" } });
  await prisma.user.update({ where: { id: "member-a2" }, data: { active: false } });
  await prisma.actionPlan.create({
    data: {
      assessmentId: "asm-old-2025",
      steps: { create: [
        { nodeId: node("A.I.1.1"), description: "Rapat Tim Kerja 2025", plannedOutput: "Notula", personInChargeId: "head-a", plannedMonths: [1, 4], targetDate: new Date("2025-04-30"), position: 0,
          realisations: { create: [{ month: 1, note: "Sudah", realisedById: "head-a" }] } },
        { nodeId: node("A.I.1.1"), description: "SK Tim Kerja 2025", plannedOutput: "SK", personInChargeId: "member-b", plannedMonths: [2], targetDate: new Date("2025-02-28"), position: 1 },
        { nodeId: node("X.9"), description: "Langkah indikator lama", plannedOutput: "Laporan", personInChargeId: "member-a2", plannedMonths: [7], targetDate: new Date("2025-07-31"), position: 0 },
      ] },
    },
  });
}

describe("start a plan from the agency's template", () => {
  it("copies the steps onto the indicators with their months, the starter in charge, audited; an empty plan only unless adding is chosen", async () => {
    await template();
    const { memberA } = world.users;
    const options = await getPlanStartOptions(await authorizeAssessment(memberA, "asm-a", "assessment.read"));
    expect(options).toEqual({ templateSteps: 3, lastYear: null });

    const result = await startPlan(memberA, { assessmentId: "asm-a", source: "template", mode: "empty" });
    expect(result).toEqual({ source: "template", fromYear: null, created: 3, skipped: [], reassigned: 0 });
    const steps = await stepsOf("asm-a");
    expect(steps.map((s) => [s.node.code, s.position, s.description, s.plannedMonths, s.personInChargeId, s.targetDate.toISOString().slice(0, 10)])).toEqual([
      ["A.I.1.1", 0, "Membentuk Tim Kerja", [1], "member-a", "2026-01-31"],
      ["A.I.1.1", 1, "Menetapkan SK Tim Kerja", [2, 3], "member-a", "2026-03-31"],
      ["A.I.2.1", 0, "Menyusun SOP", [5], "member-a", "2026-05-31"],
    ]);
    expect(steps.every((s) => s.node.versionId === world.catalogueVersionId)).toBe(true);
    expect(await prisma.auditEvent.count({ where: { assessmentId: "asm-a", action: "plan.step.create" } })).toBe(3);
    expect((await prisma.auditEvent.findFirstOrThrow({ where: { action: "plan.start" } })).after).toMatchObject({ source: "template", created: 3, mode: "empty" });

    // Again into the plan that now has steps: refused unless adding is the explicit choice.
    const before = await planState();
    const refused = await rejectionOf(startPlan(memberA, { assessmentId: "asm-a", source: "template", mode: "empty" }));
    expect(refused).toBeInstanceOf(InvalidStateError);
    expect(refused!.message).toBe(PLAN_NOT_EMPTY_MESSAGE);
    expect(await planState()).toEqual(before);
    await startPlan(world.users.headA, { assessmentId: "asm-a", source: "template", mode: "add" });
    const added = await stepsOf("asm-a");
    expect(added).toHaveLength(6);
    expect(added.filter((s) => s.node.code === "A.I.1.1").map((s) => s.position)).toEqual([0, 1, 2, 3]);
  });

  it("is refused when the plan is locked (LKE sent), the period closed, there is no template, or the LKE is another unit's", async () => {
    const { memberA, memberB, leaderRegion } = world.users;
    const before = await planState();
    const none = await rejectionOf(startPlan(memberA, { assessmentId: "asm-a", source: "template", mode: "empty" }));
    expect(none!.message).toBe("Instansi belum memiliki templat rencana aksi; tidak ada yang diubah.");
    await template();
    const afterTemplate = await planState();
    expect(await rejectionOf(startPlan(memberB, { assessmentId: "asm-a", source: "template", mode: "empty" }))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(startPlan(leaderRegion, { assessmentId: "asm-a", source: "template", mode: "empty" }))).toBeInstanceOf(NotFoundError);

    await prisma.assessment.update({ where: { id: "asm-a" }, data: { status: "SUBMITTED" } });
    const locked = await rejectionOf(startPlan(memberA, { assessmentId: "asm-a", source: "template", mode: "empty" }));
    expect(locked!.message).toBe("Rencana aksi terkunci karena LKE sudah dikirim; hanya realisasi langkah aksi yang masih dapat dicatat.");
    await prisma.assessment.update({ where: { id: "asm-a" }, data: { status: "DRAFT" } });
    await prisma.period.update({ where: { id: "p2026" }, data: { status: "CLOSED" } });
    const closed = await rejectionOf(startPlan(memberA, { assessmentId: "asm-a", source: "template", mode: "empty" }));
    expect(closed).toBeInstanceOf(InvalidStateError);
    expect(closed!.message).toBe("Periode sudah ditutup; jawaban, bukti dukung, evaluasi dan rencana aksi tidak dapat diubah lagi.");
    const after = await planState();
    expect(after.steps).toEqual(before.steps);
    expect(after).toEqual({ ...afterTemplate, audit: afterTemplate.audit });
  });
});

describe("start a plan from last year's", () => {
  it("follows the unit's lineage, maps indicators by code, reports the missing one, keeps months, carries no realisation", async () => {
    await lastYear();
    const { memberA } = world.users;
    const options = await getPlanStartOptions(await authorizeAssessment(memberA, "asm-a", "assessment.read"));
    expect(options.lastYear).toEqual({ year: 2025, periodName: "ZI 2025", steps: 3 });

    const result = await startPlan(memberA, { assessmentId: "asm-a", source: "lastYear", mode: "empty" });
    expect(result).toEqual({
      source: "lastYear", fromYear: 2025, created: 2, reassigned: 1,
      skipped: [{ indicatorCode: "X.9", indicatorTitle: "Indikator lama", description: "Langkah indikator lama" }],
    });
    const steps = await stepsOf("asm-a");
    // head-a is still in unit-a and keeps the step; member-b (another unit) is replaced by the starter.
    expect(steps.map((s) => [s.node.code, s.description, s.plannedMonths, s.personInChargeId, s.targetDate.toISOString().slice(0, 10)])).toEqual([
      ["A.I.1.1", "Rapat Tim Kerja 2025", [1, 4], "head-a", "2026-04-30"],
      ["A.I.1.1", "SK Tim Kerja 2025", [2], "member-a", "2026-02-28"],
    ]);
    expect(steps.every((s) => s.node.versionId === world.catalogueVersionId && s.realisations.length === 0)).toBe(true);
    const start = await prisma.auditEvent.findFirstOrThrow({ where: { action: "plan.start", assessmentId: "asm-a" } });
    expect(start.after).toMatchObject({ source: "lastYear", fromAssessmentId: "asm-old-2025", skipped: [{ indicatorCode: "X.9" }] });
    // The 2025 plan is untouched.
    expect(await prisma.actionPlanStep.count({ where: { plan: { assessmentId: "asm-old-2025" } } })).toBe(3);
  });

  it("finds nothing for a unit without an earlier plan, and never another unit's", async () => {
    await lastYear();
    const refused = await rejectionOf(startPlan(world.users.memberB, { assessmentId: "asm-b", source: "lastYear", mode: "empty" }));
    expect(refused!.message).toBe("Unit ini tidak memiliki rencana aksi periode sebelumnya yang berisi langkah aksi; tidak ada yang diubah.");
    expect(await prisma.actionPlanStep.count({ where: { plan: { assessmentId: "asm-b" } } })).toBe(0);
  });

  it("adds to an existing plan only when chosen, keeping what is there", async () => {
    await lastYear();
    const mine = await addStep(world, world.users.memberA, "A.I.2.1", { plannedMonths: [3] });
    expect(await rejectionOf(startPlan(world.users.memberA, { assessmentId: "asm-a", source: "lastYear", mode: "empty" }))).toBeInstanceOf(InvalidStateError);
    await startPlan(world.users.memberA, { assessmentId: "asm-a", source: "lastYear", mode: "add" });
    const steps = await stepsOf("asm-a");
    expect(steps.map((s) => s.id)).toContain(mine.id);
    expect(steps).toHaveLength(3);
  });
});
