import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { createStep, deleteStep, updateStep } from "@/lib/plans/step-mutations";
import { realiseStep } from "@/lib/plans/realise-step";
import { ALL_AREAS, getPlanGrid, OPEN_ALL_MAX_STEPS } from "@/lib/plans/plan-grid";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { addStep, nodeId, planState, stepInput } from "@/tests/support/plan-helpers";

let world: TWorld;
useFixedClock("2026-03-15T03:00:00Z");

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

describe("steps of the rencana aksi", () => {
  it("creates, changes and deletes a step, each audited in its transaction", async () => {
    const { memberA } = world.users;
    const expected = `${world.itemId("A.I.1.1.a")}:0`;
    const created = await addStep(world, memberA, "A.I.1.1", { expectedDocument: expected, plannedMonths: [3, 1] });
    const stored = await prisma.actionPlanStep.findUniqueOrThrow({ where: { id: created.id }, include: { plan: true } });
    expect(stored).toMatchObject({ plannedMonths: [1, 3], personInChargeId: "member-a", expectedItemId: world.itemId("A.I.1.1.a"), expectedEntry: 0, version: 1 });
    expect(stored.plan.assessmentId).toBe("asm-a");

    const updated = await updateStep(memberA, { ...stepInput(), stepId: created.id, expectedVersion: 1, description: "Rapat pembentukan Tim Kerja", personInChargeId: "head-a" });
    expect(updated.version).toBe(2);
    // A second editor who still holds version 1 is refused; nothing is overwritten.
    const stale = await rejectionOf(updateStep(world.users.memberA2, { ...stepInput(), stepId: created.id, expectedVersion: 1 }));
    expect(stale).toBeInstanceOf(ConflictError);
    expect((await prisma.actionPlanStep.findUniqueOrThrow({ where: { id: created.id } })).description).toBe("Rapat pembentukan Tim Kerja");

    await deleteStep(memberA, { stepId: created.id, expectedVersion: 2 });
    expect(await prisma.actionPlanStep.count()).toBe(0);
    const actions = (await prisma.auditEvent.findMany({ where: { entityId: created.id }, orderBy: { id: "asc" } })).map((e) => [e.action, e.assessmentId]);
    expect(actions).toEqual([["plan.step.create", "asm-a"], ["plan.step.update", "asm-a"], ["plan.step.delete", "asm-a"]]);
  });

  it("shows the grid with planned, done and late months and progress per area", async () => {
    const { memberA } = world.users;
    const first = await addStep(world, memberA, "A.I.1.1", { plannedMonths: [1, 2, 4] });
    await addStep(world, memberA, "A.I.2.1", { plannedMonths: [6], targetDate: "2026-06-30" });
    await realiseStep(memberA, { stepId: first.id, month: 1, note: "Rapat 12 Januari" });
    const grid = await getPlanGrid(await authorizeAssessment(memberA, "asm-a", "assessment.read"));
    // 15 March: January and February are over.
    expect(grid.monthsEnded).toBe(2);
    const area = grid.areas.find((a) => a.code === "A.I.1")!;
    const step = area.indicators.find((i) => i.code === "A.I.1.1")!.steps[0]!;
    expect(step.cells.slice(0, 4)).toEqual(["done", "late", "none", "planned"]);
    expect(step.status).toBe("terlambat");
    expect(area.progress).toEqual({ steps: 1, plannedCells: 3, doneCells: 1, lateCells: 1 });
    expect(grid.total.steps).toBe(2);

    const filtered = await getPlanGrid(await authorizeAssessment(memberA, "asm-a", "assessment.read"), { status: "berjalan" });
    expect(filtered.areas.flatMap((a) => a.indicators.flatMap((i) => i.steps.map(() => i.code)))).toEqual(["A.I.2.1"]);
  });

  it("a large plan lists its areas closed with their progress; one area, or all, opens on demand", async () => {
    const { memberA } = world.users;
    await addStep(world, memberA, "A.I.2.1", { plannedMonths: [6], targetDate: "2026-06-30" });
    const first = await prisma.actionPlanStep.findFirstOrThrow();
    const node = await nodeId(world, "A.I.1.1");
    await prisma.actionPlanStep.createMany({
      data: Array.from({ length: OPEN_ALL_MAX_STEPS }, (_, i) => ({
        planId: first.planId, nodeId: node, description: `Langkah ${i + 1}`, plannedOutput: "Notula", personInChargeId: "member-a",
        plannedMonths: [1], targetDate: new Date("2026-12-31"), position: i + 2,
      })),
    });
    const access = await authorizeAssessment(memberA, "asm-a", "assessment.read");
    const stepsOf = (grid: Awaited<ReturnType<typeof getPlanGrid>>) => grid.areas.reduce((n, a) => n + a.indicators.reduce((m, i) => m + i.steps.length, 0), 0);

    const closed = await getPlanGrid(access);
    expect(closed.areas.every((a) => !a.open && a.indicators.length === 0)).toBe(true);
    expect(closed.areas.find((a) => a.code === "A.I.1")!.progress).toEqual({ steps: OPEN_ALL_MAX_STEPS, plannedCells: OPEN_ALL_MAX_STEPS, doneCells: 0, lateCells: OPEN_ALL_MAX_STEPS });
    expect(closed.total.steps).toBe(OPEN_ALL_MAX_STEPS + 1);

    const one = await getPlanGrid(access, { area: "A.I.2" });
    expect(one.areas.map((a) => [a.code, a.open])).toEqual([["A.I.2", true]]);
    expect(stepsOf(one)).toBe(1);
    const all = await getPlanGrid(access, { area: ALL_AREAS });
    expect(all.areas.every((a) => a.open)).toBe(true);
    expect(stepsOf(all)).toBe(OPEN_ALL_MAX_STEPS + 1);
    // A person or status filter shows its matching rows in every area.
    expect(stepsOf(await getPlanGrid(access, { status: "berjalan" }))).toBe(1);
  });
});

describe("bad input is refused in Indonesian and changes nothing", () => {
  it.each([
    ["a month outside 1-12", { plannedMonths: [0, 13] }, "Bulan harus antara 1 (Januari) dan 12 (Desember)."],
    ["no month", { plannedMonths: [] }, "Pilih paling sedikit satu bulan rencana pelaksanaan."],
    ["a person outside the unit", { personInChargeId: "member-b" }, "Penanggung jawab harus pegawai unit ini."],
    ["an empty description", { description: "  " }, "Langkah aksi wajib diisi."],
    ["an expected document of another indicator", { expectedDocument: "__item__" }, "Dokumen yang diharapkan harus salah satu dokumen butir indikator ini."],
  ])("refuses %s", async (_label, overrides, message) => {
    const fields = { ...overrides } as Record<string, unknown>;
    if (fields.expectedDocument === "__item__") fields.expectedDocument = `${world.itemId("A.I.2.1.a")}:0`;
    const before = await planState();
    const error = await rejectionOf(addStep(world, world.users.memberA, "A.I.1.1", fields));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe(message);
    expect(await planState()).toEqual(before);
  });

  it("refuses a step on an indicator of another catalogue version", async () => {
    const other = await prisma.catalogueVersion.create({
      data: { code: "LKE-LAIN", version: 1, title: "Lain", regulation: "-", document: {}, predicates: [], checksum: "x", itemCount: 0,
        nodes: { create: { kind: "INDICATOR", code: "A.I.1.1", title: "Penyusunan Tim Kerja", weight: 1, position: 0 } } },
      include: { nodes: true },
    });
    const before = await planState();
    const error = await rejectionOf(createStep(world.users.memberA, stepInput({ nodeId: other.nodes[0]!.id })));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe("Langkah aksi hanya dapat dibuat untuk indikator katalog LKE periode ini.");
    expect(await planState()).toEqual(before);
  });

  it("refuses realising a step of another unit as if it did not exist", async () => {
    const step = await addStep(world, world.users.memberA);
    const before = await planState();
    const error = await rejectionOf(realiseStep(world.users.memberB, { stepId: step.id, month: 1, note: "Sudah" }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(realiseStep(world.users.memberA, { stepId: step.id, month: 13, note: "Sudah" }))).toBeInstanceOf(ValidationError);
    expect(await planState()).toEqual(before);
  });
});

describe("scope", () => {
  it("answers 404 to another unit's member, an unassigned evaluator and a leader of another region; the unit's leader reads", async () => {
    const step = await addStep(world, world.users.memberA);
    const { memberB, evaluator, leaderOther, leaderRegion } = world.users;
    expect(await rejectionOf(updateStep(memberB, { ...stepInput(), stepId: step.id, expectedVersion: 1 }))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(deleteStep(memberB, { stepId: step.id, expectedVersion: 1 }))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(createStep(memberB, stepInput({ nodeId: await nodeId(world, "A.I.1.1") })))).toBeInstanceOf(NotFoundError);
    for (const user of [memberB, evaluator, leaderOther]) {
      expect(await rejectionOf(authorizeAssessment(user, "asm-a", "assessment.read"))).toBeInstanceOf(NotFoundError);
    }
    const grid = await getPlanGrid(await authorizeAssessment(leaderRegion, "asm-a", "assessment.read"));
    expect(grid.total.steps).toBe(1);
    // A leader reads but does not plan.
    expect(grid.canEdit).toBe(false);
    expect(await rejectionOf(realiseStep(leaderRegion, { stepId: step.id, month: 1, note: "x" }))).toBeInstanceOf(NotFoundError);
  });
});

describe("the plan locks with the LKE", () => {
  it("refuses step changes once the unit submits, but still takes realisation, audited", async () => {
    const step = await addStep(world, world.users.memberA);
    await prisma.assessment.update({ where: { id: "asm-a" }, data: { status: "SUBMITTED" } });
    const before = await planState();
    const refused = [
      await rejectionOf(addStep(world, world.users.memberA, "A.I.1.2")),
      await rejectionOf(updateStep(world.users.memberA, { ...stepInput(), stepId: step.id, expectedVersion: 1 })),
      await rejectionOf(deleteStep(world.users.memberA, { stepId: step.id, expectedVersion: 1 })),
    ];
    for (const error of refused) {
      expect(error).toBeInstanceOf(InvalidStateError);
      expect((error as Error).message).toContain("Rencana aksi terkunci");
    }
    expect(await planState()).toEqual(before);
    await realiseStep(world.users.memberA, { stepId: step.id, month: 2, note: "Dilaksanakan setelah LKE dikirim" });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "plan.step.realise" } });
    expect(audit).toMatchObject({ actorId: "member-a", entityId: step.id, assessmentId: "asm-a", after: { month: 2, note: "Dilaksanakan setelah LKE dikirim" } });
    const grid = await getPlanGrid(await authorizeAssessment(world.users.memberA, "asm-a", "assessment.read"));
    expect(grid).toMatchObject({ canEdit: false, canRealise: true });
  });
});
