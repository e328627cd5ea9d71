// npm run bench:notifications: the hourly deadline job for 2,000 units and 10,000 users (5 per
// unit), run by two workers at once (two app instances) on a throwaway embedded PostgreSQL, with
// a real SMTP server in-process. Prints the time of the deadline job (notifications created and
// their email jobs enqueued; target < 60 s), the time to deliver every email, and checks that each
// user with open work got exactly one reminder.
//   BENCH_UNITS (default 2000), BENCH_USERS_PER_UNIT (default 5)
import { prisma } from "@/lib/db";
import { bootstrapCatalogue } from "@/prisma/seed/bootstrap-catalogue";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { startJobWorker } from "@/lib/jobs/worker";
import { startBenchDatabase } from "./support/app-server";
import { startTestMailServer } from "../support/mail-server";

const UNITS = Number(process.env.BENCH_UNITS ?? 2000);
const PER_UNIT = Number(process.env.BENCH_USERS_PER_UNIT ?? 5);
const TARGET_S = 60;
const DAY = 86_400_000;

async function seed() {
  const catalogue = await bootstrapCatalogue();
  await prisma.agency.create({ data: { id: "bench", code: "BENCH", name: "Instansi Uji Beban" } });
  await prisma.unit.create({ data: { id: "b-root", code: "B-ROOT", name: "Pusat", level: "Pusat", agencyId: "bench", path: "/b-root/" } });
  await prisma.unit.createMany({
    data: Array.from({ length: UNITS }, (_, u) => ({ id: `b-u${u}`, code: `B-U${u}`, name: `Satuan Kerja ${u + 1}`, level: "Kejari", agencyId: "bench", parentId: "b-root", path: `/b-root/b-u${u}/` })),
  });
  const users = Array.from({ length: UNITS * PER_UNIT }, (_, i) => ({ id: `b-user${i}`, email: `user${i}@bench.id`, name: `Pegawai ${i}`, passwordHash: "x", agencyId: "bench" }));
  for (let i = 0; i < users.length; i += 5000) await prisma.user.createMany({ data: users.slice(i, i + 5000) });
  const roles = users.map((user, i) => ({ userId: user.id, unitId: `b-u${Math.floor(i / PER_UNIT)}`, role: i % PER_UNIT === 0 ? ("UNIT_HEAD" as const) : ("UNIT_MEMBER" as const) }));
  for (let i = 0; i < roles.length; i += 5000) await prisma.roleAssignment.createMany({ data: roles.slice(i, i + 5000) });
  const now = Date.now();
  await prisma.period.create({ data: { id: "b-p", agencyId: "bench", year: 2026, name: "ZI 2026", catalogueVersionId: catalogue.versionId } });
  await prisma.periodWindow.create({ data: { periodId: "b-p", stage: "SELF_ASSESSMENT", opensAt: new Date(now - 30 * DAY), closesAt: new Date(now + 2 * DAY) } });
  // Three units in four still have their LKE to send; the fourth has sent it (no reminder).
  await prisma.assessment.createMany({
    data: Array.from({ length: UNITS }, (_, u) => ({ id: `b-a${u}`, periodId: "b-p", unitId: `b-u${u}`, itemCount: 113, status: u % 4 === 3 ? ("SUBMITTED" as const) : ("DRAFT" as const) })),
  });
  return Array.from({ length: UNITS }, (_, u) => u).filter((u) => u % 4 !== 3).length * PER_UNIT;
}

const waiting = async (task?: string) => {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE ${task ?? null}::text IS NULL OR task_identifier = ${task ?? null}`;
  return row!.n;
};
async function until(done: () => Promise<boolean>, limitMs: number) {
  const start = performance.now();
  while (!(await done())) {
    if (performance.now() - start > limitMs) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

const db = await startBenchDatabase();
const mail = await startTestMailServer();
process.env.SMTP_URL = `${process.env.SMTP_URL}/?pool=true&maxConnections=4`;
try {
  const seedStart = performance.now();
  const expected = await seed();
  console.log(`seeded ${UNITS} units, ${UNITS * PER_UNIT} users in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; ${expected} users have open work`);

  const options = { connectionString: db.url, crontab: "", pollInterval: 100, concurrency: 4 };
  const workers = await Promise.all([startJobWorker(options), startJobWorker(options)]);
  const start = performance.now();
  // Both instances' cron fired for the same hour.
  await prisma.$transaction(async (tx) => {
    await enqueueJob(tx, "deadline-reminders", {});
    await enqueueJob(tx, "deadline-reminders", {});
  });
  await until(async () => (await waiting("deadline-reminders")) === 0, 600_000);
  const jobSeconds = (performance.now() - start) / 1000;
  await until(async () => (await waiting()) === 0, 900_000);
  const deliverySeconds = (performance.now() - start) / 1000;
  await Promise.all(workers.map((w) => w.stop()));

  const notifications = await prisma.notification.count({ where: { kind: "DEADLINE" } });
  const perUser = new Map<string, number>();
  for (const m of mail.received) for (const a of [m.to].flat()) perUser.set(a!.text, (perUser.get(a!.text) ?? 0) + 1);
  const twice = [...perUser.values()].filter((n) => n > 1).length;
  console.log(`deadline job (2 workers, run twice): ${jobSeconds.toFixed(2)} s (target < ${TARGET_S} s) -> ${notifications} notifications`);
  console.log(`all ${mail.received.length} emails delivered over SMTP after ${deliverySeconds.toFixed(1)} s; recipients ${perUser.size}, reminded more than once: ${twice}`);
  const ok = jobSeconds < TARGET_S && notifications === expected && perUser.size === expected && twice === 0 && mail.received.length === expected;
  console.log(ok ? "PASS" : "FAIL");
  process.exitCode = ok ? 0 : 1;
} finally {
  await mail.stop();
  await prisma.$disconnect();
  await db.stop();
}
