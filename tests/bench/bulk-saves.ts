// npm run bench:bulk-saves: the two changes that save many answers in one transaction, in
// process against a real PostgreSQL: a workbook import applying a whole LKE (113 answers) into an
// empty one, and the TPI's "Salin jawaban unit" for the largest area. Prints p50/max per run.
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { copyAreaSelfAnswers } from "@/lib/review/copy-area";
import { applyWorkbookImport } from "@/lib/workbook/import/apply-import";
import { createWorkbookPreview } from "@/lib/workbook/import/create-preview";
import { lkeWorkbookBuffer } from "@/lib/workbook/build-lke-workbook";
import { loadLkeWorkbookData } from "@/lib/workbook/load-workbook-data";
import { startBenchDatabase } from "./support/app-server";
import { seedUnits } from "./seed-units";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { authorizeWorkbookImport } from "@/lib/access/workbook-import-access";

const RUNS = Number(process.env.BENCH_RUNS ?? 8);

const db = await startBenchDatabase();
try {
  const { loaded } = await seedUnits({ unitCount: RUNS + 1 });
  const member = (await loadUser("b-member")) as TSessionUser;
  await prisma.user.create({ data: { id: "b-evaluator", email: "evaluator@bench.id", name: "Evaluator Uji", passwordHash: "x", roles: { create: [{ role: "EVALUATOR", unitId: null }] } } });
  const evaluator = (await loadUser("b-evaluator")) as TSessionUser;

  // Import: the first unit's full LKE into RUNS empty LKEs of the same unit (other periods).
  const file = await lkeWorkbookBuffer(await loadLkeWorkbookData(await authorizeAssessment(member, "b-a2026-0", "assessment.read"), "http://bench"));
  const importMs: number[] = [];
  let applied = 0;
  for (let run = 0; run < RUNS; run += 1) {
    await prisma.period.create({ data: { id: `b-imp${run}`, agencyId: "bench", year: 2030 + run, name: `ZI ${2030 + run}`, catalogueVersionId: loaded.versionId } });
    await prisma.assessment.create({ data: { id: `b-imp-a${run}`, periodId: `b-imp${run}`, unitId: "b-u0", itemCount: loaded.itemIdByCode.size } });
    const { importId } = await createWorkbookPreview(await authorizeAssessment(member, `b-imp-a${run}`, "answer.self.write"), "lke.xlsx", file);
    const started = performance.now();
    applied = (await applyWorkbookImport(await authorizeWorkbookImport(member, importId))).applied;
    importMs.push(performance.now() - started);
  }

  // Copy area: the largest area of RUNS submitted LKEs, every item answered by the unit.
  const largest = [...loaded.sections].sort((a, b) => itemsIn(b.code) - itemsIn(a.code))[0]!;
  const copyMs: number[] = [];
  let copied = 0;
  for (let run = 1; run <= RUNS; run += 1) {
    const assessmentId = `b-a2026-${run}`;
    await prisma.assessment.update({ where: { id: assessmentId }, data: { status: "SUBMITTED" } });
    await prisma.evaluatorAssignment.create({ data: { assessmentId, userId: "b-evaluator", role: "LEAD" } });
    const items = [...loaded.itemsById.values()].filter((ref) => ref.group.code === largest.code).map((ref) => ({ itemId: ref.id, expectedVersion: 0 }));
    const started = performance.now();
    copied = (await copyAreaSelfAnswers(evaluator, { assessmentId, sectionCode: largest.code, items })).copied.length;
    copyMs.push(performance.now() - started);
  }

  const summary = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms (${values.length} runs)`;
  };
  console.log(`\nWorkbook import, apply ${applied} answers: ${summary(importMs)}`);
  console.log(`Salin jawaban unit, area ${largest.code} (${copied} items): ${summary(copyMs)}`);

  function itemsIn(sectionCode: string) {
    return [...loaded.itemsById.values()].filter((ref) => ref.group.code === sectionCode).length;
  }
} finally {
  await prisma.$disconnect();
  await db.stop();
}
