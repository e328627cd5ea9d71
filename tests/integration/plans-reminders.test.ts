import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { clock } from "@/lib/clock";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { CRONTAB } from "@/lib/jobs/worker";
import { realiseStep } from "@/lib/plans/realise-step";
import { createPlanStepReminders } from "@/lib/plans/step-reminders";
import { resetDatabase } from "@/tests/support/db";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { clearJobs, drainJobs, withTwoWorkers } from "@/tests/support/job-worker";
import { startTestMailServer } from "@/tests/support/mail-server";
import { addStep } from "@/tests/support/plan-helpers";

// People in charge of langkah aksi planned for this month and not yet realised are reminded once
// per plan and month, in the month of their unit's time zone. At 31 March 16.30 UTC it is already
// 1 April in Jayapura (WIT, unit-a) but still 31 March in Jakarta (WIB, unit-b).

const NOW = new Date("2026-03-31T16:30:00Z");
let world: TWorld;
let mail: Awaited<ReturnType<typeof startTestMailServer>>;
const realNow = clock.now;
beforeAll(async () => {
  mail = await startTestMailServer();
});
afterAll(async () => {
  clock.now = realNow;
  await mail.stop();
});
beforeEach(async () => {
  clock.now = () => new Date("2026-01-10T03:00:00Z");
  await resetDatabase();
  await clearJobs();
  world = await createWorld();
  await prisma.unit.update({ where: { id: "unit-a" }, data: { timeZone: "Asia/Jayapura" } });
  await prisma.unit.update({ where: { id: "unit-b" }, data: { timeZone: "Asia/Jakarta" } });
  mail.clear();
});

const mailedTo = () => mail.received.flatMap((m) => [m.to].flat().map((a) => a!.text)).sort();
const reminders = () => prisma.notification.findMany({ where: { kind: "PLAN_STEP_DUE" }, orderBy: { userId: "asc" } });

async function plans() {
  const { memberA, memberB } = world.users;
  // unit-a (April there): due for member-a (two steps), for head-a (one, realised below), and not
  // for member-a2 (planned in May) nor for a person who has left the unit.
  await addStep(world, memberA, "A.I.1.1", { description: "Rapat Tim Kerja April", plannedMonths: [3, 4] });
  await addStep(world, memberA, "A.I.1.2", { description: "Menyusun rencana aksi", plannedMonths: [4] });
  const done = await addStep(world, memberA, "A.I.1.3", { description: "Monev triwulan", plannedMonths: [4], personInChargeId: "head-a" });
  await addStep(world, memberA, "A.I.2.1", { description: "SOP Mei", plannedMonths: [5], personInChargeId: "member-a2" });
  await addStep(world, memberA, "A.I.2.2", { description: "Langkah orang yang pindah", plannedMonths: [4], personInChargeId: "member-a2" });
  clock.now = () => new Date("2026-04-01T02:00:00Z");
  await realiseStep(world.users.headA, { stepId: done.id, month: 4, note: "Monev dilaksanakan" });
  // unit-b (still March there): member-b's March step is due, its April step not yet.
  await addStep(world, memberB, "A.I.1.1", { assessmentId: "asm-b", description: "Langkah Maret unit B", plannedMonths: [3], personInChargeId: "member-b" });
  await addStep(world, memberB, "A.I.1.2", { assessmentId: "asm-b", description: "Langkah April unit B", plannedMonths: [4], personInChargeId: "member-b" });
  // member-a2 leaves unit-a (moves to unit-b): no reminder for unit-a's steps any more.
  await prisma.roleAssignment.updateMany({ where: { userId: "member-a2" }, data: { unitId: "unit-b" } });
  clock.now = () => NOW;
}

describe("plan step reminders", () => {
  it("reach each person in charge of a due, unrealised step of their own unit once, in the unit's month, with two workers", async () => {
    await plans();
    const run = () => withTwoWorkers(async () => {
      await prisma.$transaction(async (tx) => {
        await enqueueJob(tx, "plan-step-reminders", {});
        await enqueueJob(tx, "plan-step-reminders", {});
      });
    });
    await run();
    expect(mailedTo()).toEqual(["member-a@test.id", "member-b@test.id"]);
    const rows = await reminders();
    expect(rows.map((n) => [n.userId, n.title, n.link])).toEqual([
      ["member-a", "Langkah aksi bulan April: 2 belum terealisasi", "/lke/asm-a/rencana-aksi?pj=member-a"],
      ["member-b", "Langkah aksi bulan Maret: 1 belum terealisasi", "/lke/asm-b/rencana-aksi?pj=member-b"],
    ]);
    expect(rows[0]!.body).toBe("Anda penanggung jawab 2 langkah aksi rencana aksi unit Unit unit-a (ZI 2026) yang direncanakan bulan April 2026 dan belum direalisasi: Rapat Tim Kerja April; Menyusun rencana aksi.");
    expect(mail.to("member-a@test.id")[0]!.text).toContain("http://zi.test/lke/asm-a/rencana-aksi?pj=member-a");

    // A later run in the same months: nothing new to say.
    mail.clear();
    clock.now = () => new Date("2026-03-31T16:55:00Z");
    await run();
    expect(mail.received).toHaveLength(0);
    expect(await reminders()).toHaveLength(2);
    // Once April has begun in Jakarta too, member-b's April step is due: a new month, a new reminder.
    clock.now = () => new Date("2026-04-01T01:10:00Z");
    await run();
    expect(mailedTo()).toEqual(["member-b@test.id"]);
    expect((await reminders()).map((n) => n.title)).toContain("Langkah aksi bulan April: 1 belum terealisasi");
  });

  it("run twice at once creates each reminder once; an emailed opt-out keeps the bell only; a closed period reminds nobody", async () => {
    await plans();
    await prisma.notificationPreference.create({ data: { userId: "member-b", kind: "PLAN_STEP_DUE", email: false } });
    const [first, second] = await Promise.all([createPlanStepReminders(), createPlanStepReminders()]);
    expect(first.created + second.created).toBe(2);
    expect(first.emailed + second.emailed).toBe(1);
    await drainJobs();
    expect(mailedTo()).toEqual(["member-a@test.id"]);
    expect((await createPlanStepReminders()).created).toBe(0);

    // May in unit-a: member-a2's May step, but member-a2 left the unit; a closed period is silent.
    clock.now = () => new Date("2026-05-02T00:00:00Z");
    await prisma.roleAssignment.updateMany({ where: { userId: "member-a2" }, data: { unitId: "unit-a" } });
    await prisma.period.update({ where: { id: "p2026" }, data: { status: "CLOSED" } });
    expect((await createPlanStepReminders()).created).toBe(0);
    await prisma.period.update({ where: { id: "p2026" }, data: { status: "OPEN" } });
    const may = await createPlanStepReminders();
    expect(may.created).toBe(1);
    expect((await reminders()).map((n) => n.userId)).toContain("member-a2");
  });

  it("is scheduled by the job queue's crontab, daily", () => {
    expect(CRONTAB.split("\n")).toContain("10 1 * * * plan-step-reminders ?fill=1d&max=3");
  });
});
