// npm run bench:plans: an agency of 2,000 units (20 regions) in one period; 80% of the units have a
// rencana aksi of 12 steps with realisations, the first unit a full plan of 300 steps over every
// indicator of the 113-item catalogue. Measures p95 of the server render of that plan's grid
// (/lke/<id>/rencana-aksi, signed in as the unit's member) and of the leaders' plan progress over
// all 2,000 units (in-process, the one scoped query the dashboard runs).
//   BENCH_UNITS (default 2000), BENCH_RUNS (default 100)
import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { loadUser } from "@/lib/auth/load-user";
import { authorizeDashboard } from "@/lib/access/dashboard-access";
import { getDashboardContext, isReady } from "@/lib/dashboard/get-dashboard-context";
import { getPlanProgress } from "@/lib/plans/plan-progress";
import { getPlanStructure } from "@/lib/plans/plan-structure";
import { bootstrapCatalogue } from "@/prisma/seed/bootstrap-catalogue";
import { startAppServer, startBenchDatabase } from "./support/app-server";
import { HttpSession } from "./support/http-session";
import { measure, report } from "./support/stats";

const UNITS = Number(process.env.BENCH_UNITS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const PASSWORD = "bench12345";
const FULL_PLAN_STEPS = 300;

async function seed() {
  const catalogue = await bootstrapCatalogue();
  const structure = await getPlanStructure(catalogue.versionId);
  const nodeIds = structure.flatMap((a) => a.indicators.map((i) => i.nodeId));
  await prisma.agency.create({ data: { id: "bench", code: "BENCH", name: "Instansi Uji Beban" } });
  await prisma.unit.create({ data: { id: "b-root", code: "B-ROOT", name: "Pusat", level: "Pusat", agencyId: "bench", path: "/b-root/" } });
  await prisma.unit.createMany({ data: Array.from({ length: 20 }, (_, r) => ({ id: `b-r${r}`, code: `B-R${r}`, name: `Wilayah ${r + 1}`, level: "Kejati", agencyId: "bench", parentId: "b-root", path: `/b-root/b-r${r}/` })) });
  await prisma.unit.createMany({
    data: Array.from({ length: UNITS }, (_, u) => ({ id: `b-u${u}`, code: `B-U${u}`, name: `Satuan Kerja ${u + 1}`, level: "Kejari", agencyId: "bench", parentId: `b-r${u % 20}`, path: `/b-root/b-r${u % 20}/b-u${u}/` })),
  });
  const passwordHash = await hashPassword(PASSWORD);
  await prisma.user.create({ data: { id: "b-member", email: "member@bench.id", name: "Anggota Uji", passwordHash, roles: { create: [{ role: "UNIT_MEMBER", unitId: "b-u0" }] } } });
  await prisma.user.create({ data: { id: "b-leader", email: "leader@bench.id", name: "Pimpinan Uji", passwordHash, roles: { create: [{ role: "LEADER", unitId: "b-root" }] } } });
  await prisma.period.create({ data: { id: "b-p2026", agencyId: "bench", year: 2026, name: "ZI 2026", catalogueVersionId: catalogue.versionId } });
  await prisma.assessment.createMany({ data: Array.from({ length: UNITS }, (_, u) => ({ id: `b-a${u}`, periodId: "b-p2026", unitId: `b-u${u}`, itemCount: 113 })) });

  const planned = Array.from({ length: UNITS }, (_, u) => u).filter((u) => u === 0 || u % 5 !== 0);
  await prisma.actionPlan.createMany({ data: planned.map((u) => ({ id: `b-plan${u}`, assessmentId: `b-a${u}` })) });
  const steps = planned.flatMap((u) => Array.from({ length: u === 0 ? FULL_PLAN_STEPS : 12 }, (_, s) => {
    const first = 1 + ((u + s) % 12);
    return {
      id: `b-s${u}-${s}`, planId: `b-plan${u}`, nodeId: nodeIds[(u + s) % nodeIds.length]!, position: s,
      description: `Langkah aksi ${s + 1}: menyusun dan melaksanakan kegiatan pembangunan ZI sesuai pedoman`, plannedOutput: "Undangan, notula, daftar hadir, foto kegiatan, laporan",
      personInChargeId: "b-member", plannedMonths: first === 12 ? [12] : [first, first + 1], targetDate: new Date(Date.UTC(2026, Math.min(11, first), 28)),
    };
  }));
  for (let i = 0; i < steps.length; i += 5000) await prisma.actionPlanStep.createMany({ data: steps.slice(i, i + 5000) });
  const realisations = steps.filter((_, i) => i % 3 !== 0).map((s) => ({ stepId: s.id, month: s.plannedMonths[0]!, note: "Terlaksana sesuai rencana", realisedById: "b-member" }));
  for (let i = 0; i < realisations.length; i += 5000) await prisma.actionPlanRealisation.createMany({ data: realisations.slice(i, i + 5000) });
  return { steps: steps.length, realisations: realisations.length, plans: planned.length };
}

const db = await startBenchDatabase();
let server: { baseUrl: string; stop: () => void } | undefined;
try {
  const seedStart = performance.now();
  const seeded = await seed();
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  console.log(`seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s: ${UNITS} units, ${seeded.plans} plans, ${seeded.steps} steps, ${seeded.realisations} realisations`);

  server = await startAppServer(db.url);
  const session = new HttpSession(server.baseUrl);
  await session.signIn("member@bench.id", PASSWORD);
  const path = "/lke/b-a0/rencana-aksi";
  const render = async () => {
    const { status, body } = await session.get(path);
    const rows = body.split('data-testid="plan-step"').length - 1;
    if (status !== 200 || rows !== FULL_PLAN_STEPS) throw new Error(`GET ${path} -> ${status}, ${rows} step rows`);
  };
  await measure(10, render);

  const leader = (await loadUser("b-leader"))!;
  const context = await getDashboardContext(await authorizeDashboard(leader), "b-p2026");
  if (!isReady(context)) throw new Error("no period");
  const progress = await getPlanProgress(context);
  if (progress.onTime + progress.late + progress.noPlan !== UNITS) throw new Error(`progress counts ${JSON.stringify(progress)}`);
  console.log(`leader's progress: ${progress.onTime} on time, ${progress.late} late, ${progress.noPlan} without a plan`);
  await measure(10, () => getPlanProgress({ ...context }).then(() => undefined));

  console.log(`\nbench:plans, ${RUNS} runs each`);
  report(`render grid (${FULL_PLAN_STEPS} steps, 113 items)`, await measure(RUNS, render), 150);
  report(`leaders' plan progress (${UNITS} units)`, await measure(RUNS, () => getPlanProgress({ ...context }).then(() => undefined)), 300);
} finally {
  server?.stop();
  await prisma.$disconnect();
  await db.stop();
}
