// npm run bench:pekppp: a city of 500 PEKPPP units (kelurahan, puskesmas, dinas) in 10 districts,
// each with its final IPP and category and an LKE ZI score beside it; p50/p95 of the ranking the
// leaders' page runs (in-process, the one scoped query): all units, by type, by district, and the
// prioritas pembinaan list. Target p95 <= 100 ms.
//   BENCH_UNITS (default 500), BENCH_RUNS (default 100)
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { authorizeDashboard } from "@/lib/access/dashboard-access";
import { toNumeric } from "@/lib/assessments/compute-stored-score";
import { getCatalogue } from "@/lib/catalogue/queries";
import { getIndexRanking, type TRankingGroup } from "@/lib/pekppp/ranking";
import { categoryOf, resultRulesOf } from "@/lib/scoring/index-score";
import { Rational } from "@/lib/scoring/rational";
import { bootstrapCatalogue, bootstrapPekpppCatalogue } from "@/prisma/seed/bootstrap-catalogue";
import { startBenchDatabase } from "./support/app-server";
import { measure, report } from "./support/stats";

const UNITS = Number(process.env.BENCH_UNITS ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const TARGET_MS = 100;
const TYPES = ["Kelurahan", "Puskesmas", "UPTD", "Dinas"];

async function seed() {
  const lke = await bootstrapCatalogue();
  const pekppp = await bootstrapPekpppCatalogue();
  const rules = resultRulesOf((await getCatalogue(pekppp.versionId)).catalogue);
  await prisma.agency.create({ data: { id: "city", code: "SMD", name: "Pemerintah Kota Samarinda" } });
  await prisma.unit.create({ data: { id: "root", code: "ROOT", name: "Pemerintah Kota Samarinda", level: "Pemkot", agencyId: "city", path: "/root/" } });
  await prisma.period.create({ data: { id: "pek", agencyId: "city", year: 2026, name: "PEKPPP 2026", catalogueVersionId: pekppp.versionId } });
  await prisma.period.create({ data: { id: "zi", agencyId: "city", year: 2026, name: "ZI 2026", catalogueVersionId: lke.versionId } });
  const units = Array.from({ length: UNITS }, (_, i) => ({
    id: `u${i}`, code: `U${i}`, name: `Unit Layanan ${i}`, level: TYPES[i % TYPES.length]!, agencyId: "city", parentId: "root",
    path: `/root/u${i}/`, district: `Kecamatan ${i % 10}`,
  }));
  await prisma.unit.createMany({ data: units });
  await prisma.assessment.createMany({ data: units.flatMap((unit) => [
    { id: `pek-${unit.id}`, periodId: "pek", unitId: unit.id, itemCount: 145, status: "FINAL" as const },
    { id: `zi-${unit.id}`, periodId: "zi", unitId: unit.id, itemCount: 113, status: "DRAFT" as const },
  ]) });
  await prisma.indexResult.createMany({ data: units.map((unit, i) => {
    const value = Rational.of(BigInt((i * 7919) % 500), 100n); // 0.00 .. 4.99, spread over every category
    const category = categoryOf(rules, value)!;
    return { assessmentId: `pek-${unit.id}`, formIndex: toNumeric(value.toExact()), value: toNumeric(value.toExact()), category: category.code, priority: category.priority, award: category.award, result: { value: value.toExact() } };
  }) });
  await prisma.assessmentScore.createMany({ data: units.map((unit, i) => ({
    assessmentId: `zi-${unit.id}`, side: "SELF" as const, total: String(50 + (i % 50)), pengungkit: "0", hasil: "0", pemenuhan: "0", reform: "0",
    answered: 100, wbkMet: false, wbbmMet: false, result: { total: String(50 + (i % 50)) },
  })) });
  await prisma.user.create({ data: { id: "leader", email: "leader@bench.id", name: "Wali Kota", passwordHash: "scrypt$unused", roles: { create: [{ role: "LEADER", unitId: "root" }] } } });
}

const db = await startBenchDatabase();
try {
  const start = performance.now();
  await seed();
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  console.log(`seeded in ${((performance.now() - start) / 1000).toFixed(1)} s: ${UNITS} units with IPP, category and a ZI score`);
  const leader = (await loadUser("leader")) as TSessionUser;
  const cases: [string, TRankingGroup, boolean][] = [
    ["ranking, all units", "all", false], ["ranking by type", "type", false],
    ["ranking by district", "district", false], ["prioritas pembinaan (D, E, F)", "all", true],
  ];
  for (const [label, group, priorityOnly] of cases) {
    let rows = 0;
    const stats = await measure(RUNS, async () => {
      // A fresh authorisation per view, as each page request does.
      const access = await authorizeDashboard(leader);
      rows = (await getIndexRanking(access, "pek", group, priorityOnly)).length;
    });
    if (rows === 0 || (!priorityOnly && rows !== UNITS)) throw new Error(`${label}: ${rows} rows`);
    report(`${label} (${rows} rows)`, stats, TARGET_MS);
  }
} finally {
  await prisma.$disconnect();
  await db.stop();
}
