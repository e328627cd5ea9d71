import { parseCrontab } from "graphile-worker";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { clock } from "@/lib/clock";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { TASKS } from "@/lib/jobs/tasks";
import { CRONTAB } from "@/lib/jobs/worker";
import { purgeExpiredSessions } from "@/lib/auth/purge-expired-sessions";
import { createSession } from "@/lib/auth/sessions";
import { resetDatabase } from "@/tests/support/db";
import { createWorld } from "@/tests/support/fixtures";
import { clearJobs, withTwoWorkers } from "@/tests/support/job-worker";

// Expired server-side sessions are deleted by an hourly queued job, in batches, by whichever app
// instance's worker takes it; sessions still valid, or expired less than a day ago, stay.

const NOW = new Date("2026-06-01T08:00:00Z");
const HOUR = 3_600_000;
const realNow = clock.now;

beforeEach(async () => {
  clock.now = () => NOW;
  await resetDatabase();
  await clearJobs();
  await createWorld();
});
afterAll(() => {
  clock.now = realNow;
});

async function addSessions(prefix: string, count: number, expiresAt: Date) {
  await prisma.session.createMany({
    data: Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, userId: i % 2 ? "member-a" : "admin", createdAt: new Date(expiresAt.getTime() - 12 * HOUR), expiresAt })),
  });
}

const remaining = async () => (await prisma.session.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((s) => s.id);

describe("purge-expired-sessions", () => {
  it("runs hourly from the worker's crontab", () => {
    const items = parseCrontab(CRONTAB);
    expect(items.map((i) => i.task)).toContain("purge-expired-sessions");
    expect(CRONTAB.split("\n")).toContain("35 * * * * purge-expired-sessions ?max=1");
    for (const item of items) expect(TASKS).toHaveProperty(item.task);
  });

  it("deletes, through the queue on two workers, every session expired more than a day ago, and nothing else", async () => {
    await addSessions("old", 2_345, new Date(NOW.getTime() - 3 * 24 * HOUR));
    await addSessions("yesterday", 3, new Date(NOW.getTime() - 25 * HOUR));
    await addSessions("recent", 2, new Date(NOW.getTime() - 2 * HOUR));
    await addSessions("live", 2, new Date(NOW.getTime() + 4 * HOUR));
    const signedIn = await createSession("evaluator");

    await withTwoWorkers(async () => {
      // Both instances' cron fired at once: the two jobs share the work and neither fails.
      await prisma.$transaction(async (tx) => {
        await enqueueJob(tx, "purge-expired-sessions", {});
        await enqueueJob(tx, "purge-expired-sessions", {});
      });
    });
    expect(await remaining()).toEqual(["live-0", "live-1", "recent-0", "recent-1", signedIn].sort());
    const [failed] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs`;
    expect(failed!.n).toBe(0);
  });

  it("works in batches and is idempotent", async () => {
    await addSessions("old", 25, new Date(NOW.getTime() - 48 * HOUR));
    await addSessions("live", 1, new Date(NOW.getTime() + HOUR));
    expect(await purgeExpiredSessions({ batchSize: 10 })).toBe(25);
    expect(await purgeExpiredSessions({ batchSize: 10 })).toBe(0);
    expect(await remaining()).toEqual(["live-0"]);

    // A day later the live one has been expired for more than the margin.
    clock.now = () => new Date(NOW.getTime() + 26 * HOUR);
    expect(await purgeExpiredSessions()).toBe(1);
    expect(await remaining()).toEqual([]);
  });
});
