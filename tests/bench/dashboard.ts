// npm run bench:dashboard: 2,000 units (20 regions) x 2 periods (~226,000 answers), evaluator
// scores, statuses, windows and audit events; p50/p95 of the server render of the agency view
// (/dasbor) and of the unit table (/dasbor/unit), signed in as the agency's leader; the agency
// view again with a score written before every view (its node-score aggregates rebuilt each
// time); the time of each dashboard query in-process; then all of it again after another full
// year of answers for every unit (answers +50%, units unchanged): the dashboard reads the stored
// per-assessment scores and counters, so its cost follows the units in scope, not the answers.
//   BENCH_UNITS (default 2000), BENCH_RUNS (default 100)
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { authorizeDashboard } from "@/lib/access/dashboard-access";
import { getDashboardContext, isReady, type TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { getAgencySummary } from "@/lib/dashboard/get-agency-summary";
import { getScoreDistribution } from "@/lib/dashboard/get-score-distribution";
import { getAreaScores } from "@/lib/dashboard/get-area-scores";
import { getWeakestIndicators } from "@/lib/dashboard/get-weakest-indicators";
import { getProgressOverTime } from "@/lib/dashboard/get-progress-over-time";
import { getYearOverYear } from "@/lib/dashboard/get-year-over-year";
import { getDeadlinesAtRisk } from "@/lib/dashboard/get-deadlines-at-risk";
import { getRegionSummary } from "@/lib/dashboard/get-region-summary";
import { listDashboardUnits } from "@/lib/dashboard/list-dashboard-units";
import { parseUnitQuery } from "@/lib/dashboard/schemas";
import { startAppServer, startBenchDatabase } from "./support/app-server";
import { HttpSession } from "./support/http-session";
import { measure, report } from "./support/stats";
import { seedDashboardExtras, seedExtraYear } from "./support/dashboard-seed";
import { BENCH_PASSWORD, seedUnits } from "./seed-units";

const UNITS = Number(process.env.BENCH_UNITS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const TARGET_MS = 300;

const PAGES = [
  { label: "GET /dasbor (agency view)", path: "/dasbor" },
  { label: "GET /dasbor/unit (unit table)", path: "/dasbor/unit" },
  { label: "GET /dasbor/unit filtered+sorted", path: "/dasbor/unit?wilayah=b-r3&urut=mandiri&hal=2&q=Satuan" },
];

const QUERIES: { label: string; run: (c: TReadyContext) => Promise<unknown> }[] = [
  { label: "summary", run: getAgencySummary },
  { label: "score distribution", run: getScoreDistribution },
  { label: "area scores + heat map", run: getAreaScores },
  { label: "weakest indicators", run: getWeakestIndicators },
  { label: "progress over time", run: getProgressOverTime },
  { label: "year over year", run: getYearOverYear },
  { label: "deadlines at risk", run: getDeadlinesAtRisk },
  { label: "region summary", run: getRegionSummary },
  { label: "unit table page 1", run: (c) => listDashboardUnits(c, parseUnitQuery({})) },
  { label: "unit table, all rows (export)", run: (c) => listDashboardUnits(c, parseUnitQuery({}), true) },
];

async function counts() {
  const [answers, audit, units] = await Promise.all([prisma.answer.count(), prisma.auditEvent.count(), prisma.assessment.count({ where: { periodId: "b-p2026" } })]);
  return `${units} units in the 2026 period, ${answers.toLocaleString("en")} answers in the database, ${audit.toLocaleString("en")} audit events`;
}

async function measurePages(session: HttpSession) {
  const render = (path: string) => async () => {
    const { status, body } = await session.get(path);
    if (status !== 200 || !body.includes("Dasbor pimpinan")) throw new Error(`GET ${path} -> ${status}`);
  };
  for (const page of PAGES) await measure(10, render(page.path)); // warm up
  for (const page of PAGES) report(page.label, await measure(RUNS, render(page.path)), TARGET_MS);
}

/** A save elsewhere rewrites one assessment's stored score: the kept aggregates must be rebuilt. */
let touched = 0;
async function touchOneScore() {
  const id = `b-a2026-${(touched++ * 7) % UNITS}`;
  await prisma.$executeRaw`UPDATE "AssessmentScore" SET "computedAt" = now() WHERE "assessmentId" = ${id} AND "side" = 'SELF'`;
}

async function measureAfterWrites(session: HttpSession) {
  const times: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 50); i++) {
    await touchOneScore();
    const start = performance.now();
    const { status } = await session.get("/dasbor");
    if (status !== 200) throw new Error(`GET /dasbor -> ${status}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const pick = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!;
  report("GET /dasbor right after a score write", { p50: pick(50), p95: pick(95), max: times.at(-1)!, runs: times.length }, TARGET_MS);
}

async function measureQueries(leader: TSessionUser) {
  const context = await getDashboardContext(await authorizeDashboard(leader), "b-p2026");
  if (!isReady(context)) throw new Error("no period");
  console.log("  each dashboard query in-process (no HTTP, no rendering), p50 of 20:");
  console.log(`    ${"".padEnd(32)} ${"kept".padStart(9)} ${"after a write".padStart(15)}`);
  for (const query of QUERIES) {
    await query.run({ ...context });
    const kept = await measure(20, () => query.run({ ...context }).then(() => undefined));
    const fresh: number[] = [];
    for (let i = 0; i < 20; i++) {
      await touchOneScore();
      const start = performance.now();
      await query.run({ ...context });
      fresh.push(performance.now() - start);
    }
    fresh.sort((a, b) => a - b);
    console.log(`    ${query.label.padEnd(32)} ${kept.p50.toFixed(1).padStart(6)} ms ${fresh[9]!.toFixed(1).padStart(12)} ms`);
  }
}

const db = await startBenchDatabase();
let server: { baseUrl: string; stop: () => void } | undefined;
try {
  const seedStart = performance.now();
  const { loaded } = await seedUnits({ unitCount: UNITS, years: [2025, 2026] });
  const extras = await seedDashboardExtras({ unitCount: UNITS, loaded });
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  console.log(`seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s: ${await counts()}; ${extras.evaluatedUnits} units with an evaluator score`);

  server = await startAppServer(db.url);
  const session = new HttpSession(server.baseUrl);
  await session.signIn("leader@bench.id", BENCH_PASSWORD);
  const leader = (await loadUser("b-leader"))!;

  console.log(`\nbench:dashboard, ${UNITS} units x 2 periods, leader of the whole agency, ${RUNS} runs each`);
  await measurePages(session);
  await measureAfterWrites(session);
  await measureQueries(leader);

  const moreStart = performance.now();
  await seedExtraYear({ unitCount: UNITS, loaded, year: 2024 });
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  console.log(`\nadded a 2024 period with full answers for every unit in ${((performance.now() - moreStart) / 1000).toFixed(1)} s: ${await counts()}`);
  console.log(`same pages again (answers +50%, units unchanged), ${RUNS} runs each`);
  await measurePages(session);
  await measureAfterWrites(session);
  await measureQueries(leader);
} finally {
  server?.stop();
  await prisma.$disconnect();
  await db.stop();
}
