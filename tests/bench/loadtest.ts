// npm run loadtest [-- --members 200 --units 100 --seconds 60 --pace human|fast|MIN-MAX --evidence 0.1]
// Unit members sign in and save answers and evidence through the production build's server
// actions and upload route, exactly as the browser does, on loopback only. Afterwards every
// acknowledged write is checked against the database and its audit trail, and every stored score
// against a recomputation. Prints offered and achieved saves/s, latency percentiles, errors by
// kind, lost and corrupted writes, and the sign-in page's throughput in the same run.
import os from "node:os";
import { prisma } from "@/lib/db";
import { prng } from "@/prisma/seed/random-answers";
import { startBenchDatabase } from "./support/app-server";
import { startMeasuredAppServer } from "./support/measured-app-server";
import { actionId } from "./support/http-session";
import { LOAD_PASSWORD, seedMembers } from "./load/seed-members";
import { MemberClient, type TRecorder } from "./load/member-client";
import { pageThroughput } from "./load/page-throughput";
import { cpuMs, postgresCpuMs } from "./load/cpu-time";
import { verifyWrites } from "./load/verify-writes";
import { report } from "./load/report";

const arg = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
};
const bounded = (value: number, min: number, max: number, name: string) => {
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name} must be between ${min} and ${max}`);
  return value;
};
const PACES: Record<string, string> = { human: "3000-8000", fast: "300-900" };
const members = bounded(Number(arg("members", "200")), 1, 1000, "members");
const units = bounded(Number(arg("units", "100")), 1, members, "units");
const seconds = bounded(Number(arg("seconds", "60")), 5, 600, "seconds");
const paceMs = (PACES[arg("pace", "human")] ?? arg("pace", "human")).split("-").map(Number) as [number, number];
bounded(paceMs[0], 50, 60_000, "pace");
bounded(paceMs[1], paceMs[0], 60_000, "pace");
const evidenceShare = bounded(Number(arg("evidence", "0.1")), 0, 1, "evidence");
const signInClients = 30;
const signInSeconds = 10;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const difference = (after: { server: number; postgres: number }, before: { server: number; postgres: number }) => ({
  server: after.server - before.server, postgres: after.postgres - before.postgres,
});

const db = await startBenchDatabase();
let server: { stop: () => void } | undefined;
let passed = false;
try {
  const { loaded, members: accounts } = await seedMembers({ unitCount: units, memberCount: members });
  const started = await startMeasuredAppServer(db.url, { STORAGE_DIR: `${os.tmpdir()}/zi-loadtest-${process.pid}`, ...(process.env.DATABASE_POOL_MAX ? { DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX } : {}) });
  server = started;
  const baseUrl = started.baseUrl;
  if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(baseUrl)) throw new Error("the load test runs on loopback only");
  const ids = { saveAnswer: actionId("saveAnswerAction"), addLink: actionId("addEvidenceLinkAction") };

  // What each member's page showed: the versions of the unit's answers.
  const assessmentIds = [...new Set(accounts.map((a) => a.assessmentId))];
  const seeded = await prisma.answer.findMany({ where: { assessmentId: { in: assessmentIds } }, select: { assessmentId: true, itemId: true, version: true } });
  const seededVersions = new Map(seeded.map((a) => [`${a.assessmentId}/${a.itemId}`, a.version]));
  const versionsOf = (assessmentId: string) => new Map(seeded.filter((a) => a.assessmentId === assessmentId).map((a) => [a.itemId, a.version]));

  const clients = accounts.map((account, m) => new MemberClient(baseUrl, account.email, account.assessmentId, loaded, ids, prng(90_000 + m)));
  for (let start = 0; start < clients.length; start += 10) {
    await Promise.all(clients.slice(start, start + 10).map((client) => client.session.signIn(client.email, LOAD_PASSWORD)));
  }
  for (const client of clients) client.knowVersions(versionsOf(client.assessmentId));
  console.log(`seeded ${units} units, signed in ${members} members`);

  const [{ next }] = await prisma.$queryRaw<{ next: bigint }[]>`SELECT COALESCE(max("id"), 0) + 1 AS next FROM "AuditEvent"`;
  const recorder: TRecorder = { outcomes: [], answers: [], evidence: [] };
  // Warm up the server's code paths (the first action of each kind compiles and caches).
  const warm: TRecorder = { outcomes: [], answers: [], evidence: [] };
  for (const client of clients.slice(0, 20)) await client.step(warm, 0.5);

  const cpu = () => ({ server: cpuMs(started.pid), postgres: postgresCpuMs(db.dir) });
  // The sign-in page is measured before and after the saves (half the time each) and averaged:
  // on a shared machine the load from elsewhere drifts during a run.
  const signInPhase = async () => {
    const before = cpu();
    const result = await pageThroughput(baseUrl, "/masuk", signInClients, signInSeconds / 2);
    return { ...result, cpu: difference(cpu(), before) };
  };
  // Warmed up like the saves above, so that its first measured half does not include compiling it.
  await pageThroughput(baseUrl, "/masuk", signInClients, 2);
  const signInBefore = await signInPhase();
  const cpuAfterSignIn = cpu();
  const loadBefore = os.loadavg();
  const runStart = performance.now();
  const deadline = runStart + seconds * 1000;
  const pace = (random: () => number) => paceMs[0] + random() * (paceMs[1] - paceMs[0]);
  await Promise.all(clients.map(async (client, m) => {
    const random = prng(50_000 + m);
    await sleep(random() * paceMs[1]);
    while (performance.now() < deadline) {
      await client.step(recorder, evidenceShare);
      await sleep(pace(random));
    }
  }));
  const elapsedSeconds = (performance.now() - runStart) / 1000;
  const loadAfter = os.loadavg();
  const cpuAfterRun = cpu();
  const signInAfter = await signInPhase();
  const signIn = {
    perSecond: (signInBefore.perSecond + signInAfter.perSecond) / 2,
    requests: signInBefore.requests + signInAfter.requests,
    cpu: { server: signInBefore.cpu.server + signInAfter.cpu.server, postgres: signInBefore.cpu.postgres + signInAfter.cpu.postgres },
    each: [signInBefore.perSecond, signInAfter.perSecond],
  };

  const verdict = await verifyWrites({
    loaded, assessmentIds, firstAuditId: next, seededVersions,
    answers: [...warm.answers, ...recorder.answers], evidence: [...warm.evidence, ...recorder.evidence],
  });
  passed = report(
    {
      members, units, paceMs, seconds, elapsedSeconds, evidenceShare, load: { before: loadBefore, after: loadAfter },
      signIn: { ...signIn, clients: signInClients, seconds: signInSeconds },
      cpu: difference(cpuAfterRun, cpuAfterSignIn),
    },
    recorder.outcomes, verdict,
  );
} finally {
  server?.stop();
  await prisma.$disconnect();
  await db.stop();
}
process.exitCode = passed ? 0 : 1;
