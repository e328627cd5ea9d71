// npm run bench:save-costs: where the server's time per request goes, as CPU time (from /proc, so
// a busy shared machine inflates it far less than wall-clock figures). One client, one request at
// a time: the sign-in page; a server action without a session (Next.js alone); the save action
// refused by its input check (Next.js + session load); a real save (all of it). The differences
// are the session's and the save's own costs.
import { prisma } from "@/lib/db";
import { prng } from "@/prisma/seed/random-answers";
import { startBenchDatabase } from "./support/app-server";
import { startMeasuredAppServer } from "./support/measured-app-server";
import { actionId } from "./support/http-session";
import { LOAD_PASSWORD, seedMembers } from "./load/seed-members";
import { MemberClient, type TRecorder } from "./load/member-client";
import { cpuMs, postgresCpuMs } from "./load/cpu-time";

const RUNS = Number(process.env.BENCH_RUNS ?? 300);

const db = await startBenchDatabase();
let server: { stop: () => void } | undefined;
try {
  const { loaded, members } = await seedMembers({ unitCount: 4, memberCount: 4 });
  const started = await startMeasuredAppServer(db.url);
  server = started;
  const ids = { saveAnswer: actionId("saveAnswerAction"), addLink: actionId("addEvidenceLinkAction") };
  const { email, assessmentId } = members[0]!;
  const client = new MemberClient(started.baseUrl, email, assessmentId, loaded, ids, prng(1));
  await client.session.signIn(email, LOAD_PASSWORD);
  const versions = await prisma.answer.findMany({ where: { assessmentId }, select: { itemId: true, version: true } });
  client.knowVersions(new Map(versions.map((v) => [v.itemId, v.version])));

  const action = (cookie: string) => () =>
    fetch(`${started.baseUrl}/lke/${assessmentId}/A.I.1`, {
      method: "POST",
      headers: { "Next-Action": ids.saveAnswer, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: started.baseUrl, Cookie: cookie },
      body: "[{}]",
    }).then((response) => response.text());
  const recorder: TRecorder = { outcomes: [], answers: [], evidence: [] };
  const cases: [string, () => Promise<unknown>][] = [
    ["sign-in page (GET /masuk)", () => fetch(`${started.baseUrl}/masuk`).then((response) => response.text())],
    ["action without a session (Next.js)", action("")],
    ["action refused by its input (+ session)", action(client.session.cookieHeader())],
    ["save an answer (everything)", () => client.step(recorder, 0)],
  ];
  console.log(`\nCPU per request, ${RUNS} requests each after a warm-up:`);
  for (const [label, run] of cases) {
    for (let i = 0; i < 30; i += 1) await run();
    const server0 = cpuMs(started.pid);
    const postgres0 = postgresCpuMs(db.dir);
    const wall0 = performance.now();
    for (let i = 0; i < RUNS; i += 1) await run();
    const per = (value: number) => (value / RUNS).toFixed(2).padStart(6);
    console.log(`  ${label.padEnd(42)} server ${per(cpuMs(started.pid) - server0)} ms   PostgreSQL ${per(postgresCpuMs(db.dir) - postgres0)} ms   round trip ${per(performance.now() - wall0)} ms`);
  }
  const failed = recorder.outcomes.filter((o) => o.kind !== "ok").length;
  if (failed) throw new Error(`${failed} saves were not acknowledged`);
} finally {
  server?.stop();
  await prisma.$disconnect();
  await db.stop();
}
