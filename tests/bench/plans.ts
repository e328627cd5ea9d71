// npm run bench:plans: an agency of 2,000 units (20 regions) in one period; 80% of the units have a
// rencana aksi of 12 steps with realisations, the first unit a full plan of 300 steps over every
// indicator of the 113-item catalogue. Measures p95 of the server render of that plan's grid
// (/lke/<id>/rencana-aksi, signed in as the unit's member) and of the leaders' plan progress over
// all 2,000 units (in-process, the one scoped query the dashboard runs).
//   BENCH_UNITS (default 2000), BENCH_RUNS (default 100)
import { prisma } from "@/lib/db";
import { loadUser } from "@/lib/auth/load-user";
import { authorizeDashboard } from "@/lib/access/dashboard-access";
import { getDashboardContext, isReady } from "@/lib/dashboard/get-dashboard-context";
import { getPlanProgress } from "@/lib/plans/plan-progress";
import { getPlanGrid } from "@/lib/plans/plan-grid";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { startAppServer, startBenchDatabase } from "./support/app-server";
import { HttpSession } from "./support/http-session";
import { measure, report } from "./support/stats";
import { seedPlans } from "./support/plans-seed";

const UNITS = Number(process.env.BENCH_UNITS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const PASSWORD = "bench12345";
const FULL_PLAN_STEPS = 300;

const db = await startBenchDatabase();
let server: { baseUrl: string; stop: () => void } | undefined;
try {
  const seedStart = performance.now();
  const seeded = await seedPlans(UNITS, FULL_PLAN_STEPS, PASSWORD);
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  console.log(`seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s: ${UNITS} units, ${seeded.plans} plans, ${seeded.steps} steps, ${seeded.realisations} realisations`);

  server = await startAppServer(db.url);
  const session = new HttpSession(server.baseUrl);
  await session.signIn("member@bench.id", PASSWORD);
  // The page as it opens (a plan this large lists its areas closed), one area opened, and the whole
  // plan at once (?area=semua, as for printing): the target applies to the whole plan.
  const base = "/lke/b-a0/rencana-aksi";
  const renderOf = (path: string, expectRows: (rows: number) => boolean) => async () => {
    const { status, body } = await session.get(path);
    const rows = body.split('data-testid="plan-step"').length - 1;
    if (status !== 200 || !expectRows(rows)) throw new Error(`GET ${path} -> ${status}, ${rows} step rows`);
  };
  const views = [
    { label: "grid as it opens (areas closed)", path: base, rows: (n: number) => n === 0 },
    { label: "grid, one area opened", path: `${base}?area=A.I.1`, rows: (n: number) => n > 0 && n < FULL_PLAN_STEPS },
    { label: `whole grid (${FULL_PLAN_STEPS} steps, 113 items)`, path: `${base}?area=semua`, rows: (n: number) => n === FULL_PLAN_STEPS },
  ];
  for (const view of views) await measure(10, renderOf(view.path, view.rows));

  const leader = (await loadUser("b-leader"))!;
  const context = await getDashboardContext(await authorizeDashboard(leader), "b-p2026");
  if (!isReady(context)) throw new Error("no period");
  const progress = await getPlanProgress(context);
  if (progress.onTime + progress.late + progress.noPlan !== UNITS) throw new Error(`progress counts ${JSON.stringify(progress)}`);
  console.log(`leader's progress: ${progress.onTime} on time, ${progress.late} late, ${progress.noPlan} without a plan`);
  await measure(10, () => getPlanProgress({ ...context }).then(() => undefined));

  // The grid's data alone, in-process: what the render adds on top is HTML and the RSC payload.
  const member = (await loadUser("b-member"))!;
  const gridData = await measure(20, async () => { await getPlanGrid(await authorizeAssessment(member, "b-a0", "assessment.read")); });
  console.log(`grid data in-process (no HTTP, no rendering): p50 ${gridData.p50.toFixed(1)} ms`);
  for (const view of views) console.log(`${view.label}: ${((await session.get(view.path)).body.length / 1024).toFixed(0)} KB of HTML`);

  console.log(`\nbench:plans, ${RUNS} runs each`);
  for (const view of views) report(`render ${view.label}`, await measure(RUNS, renderOf(view.path, view.rows)), 150);
  report(`leaders' plan progress (${UNITS} units)`, await measure(RUNS, () => getPlanProgress({ ...context }).then(() => undefined)), 300);
} finally {
  server?.stop();
  await prisma.$disconnect();
  await db.stop();
}
