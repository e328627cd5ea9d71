import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { clock } from "@/lib/clock";
import { createDeadlineReminders } from "@/lib/notifications/deadline-reminders";
import { resetDatabase } from "@/tests/support/db";
import { clearJobs, drainJobs, withTwoWorkers } from "@/tests/support/job-worker";
import { startTestMailServer } from "@/tests/support/mail-server";
import { createReviewWorld, setStatus, setWindows } from "@/tests/support/review-world";
import { enqueueJob } from "@/lib/jobs/enqueue";

// Deadline reminders reach exactly the users with open work in a closing window, once per band,
// even when two workers (two app instances) run the hourly job at the same time.

const NOW = new Date("2026-03-10T00:00:00Z");
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
  clock.now = () => NOW;
  await resetDatabase();
  await clearJobs();
  await createReviewWorld();
  // Self-assessment closes in two days: unit-a (draft) still has work, unit-b (sent) has none.
  await setWindows({ SELF_ASSESSMENT: { opensAt: "2026-02-01T00:00:00Z", closesAt: "2026-03-12T00:00:00Z" }, REVIEW: { opensAt: "2026-03-01T00:00:00Z", closesAt: "2026-03-30T00:00:00Z" } });
  await setStatus("SUBMITTED", {}, "asm-b");
  await prisma.user.update({ where: { id: "member-a2" }, data: { active: false } });
  mail.clear();
});

const mailedTo = () => mail.received.flatMap((m) => [m.to].flat().map((a) => a!.text)).sort();
const UNIT_A_TEAM = ["evaluator-in-unit@test.id", "head-a@test.id", "member-a@test.id"];

async function runHourlyJobOnTwoWorkers() {
  await withTwoWorkers(async () => {
    // Both instances' cron fired: two jobs, each run by whichever worker takes it.
    await prisma.$transaction(async (tx) => {
      await enqueueJob(tx, "deadline-reminders", {});
      await enqueueJob(tx, "deadline-reminders", {});
    });
  });
}

describe("deadline reminders", () => {
  it("reach exactly the active users with open work, once, with two workers running", async () => {
    await runHourlyJobOnTwoWorkers();
    expect(mailedTo()).toEqual(UNIT_A_TEAM);
    const [message] = mail.to("head-a@test.id");
    expect(message!.subject).toBe("Tenggat mendekat: mengisi dan mengirim LKE");
    expect(message!.text).toContain("tinggal 3 hari");
    expect(message!.text).toContain("http://zi.test/lke/asm-a");

    // The next hour: nothing new to say.
    mail.clear();
    await runHourlyJobOnTwoWorkers();
    expect(mail.received).toHaveLength(0);
  });

  it("remind again one day before, then once when overdue; sent work stops them", async () => {
    // Two runs at the same moment (two instances' transactions racing): the unique key keeps one.
    await Promise.all([createDeadlineReminders(), createDeadlineReminders()]);
    clock.now = () => new Date("2026-03-11T06:00:00Z");
    await createDeadlineReminders();
    await drainJobs();
    const subjects = mail.to("member-a@test.id").map((m) => m.text?.match(/tinggal (\d hari)/)?.[1]);
    expect(subjects.sort()).toEqual(["1 hari", "3 hari"]);

    mail.clear();
    await setStatus("SUBMITTED", {}, "asm-a");
    clock.now = () => new Date("2026-03-12T01:00:00Z");
    await createDeadlineReminders();
    await drainJobs();
    expect(mail.received).toHaveLength(0);

    await setStatus("DRAFT", {}, "asm-a");
    await createDeadlineReminders();
    await createDeadlineReminders();
    await drainJobs();
    expect(mailedTo()).toEqual(UNIT_A_TEAM);
    expect(mail.received[0]!.subject).toBe("Tenggat terlewat: mengisi dan mengirim LKE");
  });

  it("remind the assigned evaluators of a review window with work left, not other evaluators", async () => {
    await setStatus("IN_REVIEW", {}, "asm-a");
    clock.now = () => new Date("2026-03-29T00:00:00Z");
    await createDeadlineReminders();
    await drainJobs();
    expect(mailedTo()).toEqual(["evaluator-member@test.id", "evaluator@test.id"]);
  });

  it("moving the deadline reminds again for the new date", async () => {
    await createDeadlineReminders();
    await prisma.periodWindow.updateMany({ where: { stage: "SELF_ASSESSMENT" }, data: { closesAt: new Date("2026-03-12T12:00:00Z") } });
    await createDeadlineReminders();
    await drainJobs();
    expect(mail.to("member-a@test.id")).toHaveLength(2);
  });
});
