// npm run bench:documents:worksheet: the worksheet view (all 113 items of one LKE in one table)
// as the server renders it, on 1,000 seeded units with full answers. The measured LKEs carry what
// a real one does: a narrative on every answer, bukti dukung on most items, ticked checklists,
// verdicts, and for the evaluator's sheet a resubmitted revision round in the audit trail.
import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { randomAnswerSet } from "@/prisma/seed/random-answers";
import { seedAnswers } from "@/prisma/seed/seed-answers";
import fs from "node:fs";
import os from "node:os";
import { startBenchDatabase } from "./support/app-server";
import { startMeasuredAppServer } from "./support/measured-app-server";
import { HttpSession } from "./support/http-session";
import { measure, report } from "./support/stats";
import { BENCH_PASSWORD, seedUnits } from "./seed-units";

const UNITS = Number(process.env.BENCH_UNITS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const TARGET_P95_MS = 100;
const UNIT_SHEET = "b-a2026-0";
const REVIEW_SHEET = "b-a2026-1";
const NARRATIVE = "SK Kepala Kejaksaan Negeri Nomor KEP-12/P.4.10/Hkp.2/01/2026 tentang Tim Kerja Pembangunan Zona Integritas; notulen rapat dan dokumentasi kegiatan terlampir.";

const db = await startBenchDatabase();
let server: Awaited<ReturnType<typeof startMeasuredAppServer>> | undefined;
try {
  const seedStart = performance.now();
  const { loaded, answers } = await seedUnits({ unitCount: UNITS });
  await dressMeasuredAssessments(loaded);
  console.log(`seeded ${UNITS} units, ${answers} answers in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  server = await startMeasuredAppServer(db.url);
  const member = new HttpSession(server.baseUrl);
  await member.signIn("member@bench.id", BENCH_PASSWORD);
  const evaluator = new HttpSession(server.baseUrl);
  await evaluator.signIn("evaluator@bench.id", BENCH_PASSWORD);

  const render = (session: HttpSession, path: string) => async () => {
    const { status, body } = await session.get(path);
    // The saved answers are in the HTML: every one of the 113 rows, with its narrative.
    if (status !== 200 || (body.match(/data-testid="row-/g) ?? []).length !== loaded.itemIdByCode.size || !body.includes("notulen rapat")) {
      throw new Error(`GET ${path} -> ${status}, ${body.length} bytes, not the full sheet`);
    }
  };
  const unitSheet = render(member, `/lke/${UNIT_SHEET}/lembar-kerja`);
  const reviewSheet = render(evaluator, `/evaluasi/${REVIEW_SHEET}/lembar-kerja`);
  await measure(15, unitSheet); // warm up
  await measure(15, reviewSheet);
  const size = (await member.get(`/lke/${UNIT_SHEET}/lembar-kerja`)).body.length;

  console.log(`\nbench:documents:worksheet on ${UNITS} units (${answers} answers), ${RUNS} runs each; unit sheet HTML ${(size / 1024).toFixed(0)} KiB`);
  // Wall time depends on what else the machine runs; the server's CPU time per render does not.
  const measured = async (label: string, body: () => Promise<void>) => {
    const cpuBefore = cpuMs(server!.pid);
    const stats = await measure(RUNS, body);
    report(label, stats, TARGET_P95_MS);
    console.log(`${"".padEnd(34)} server CPU ${((cpuMs(server!.pid) - cpuBefore) / RUNS).toFixed(1)} ms per render, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);
  };
  await measured("render unit worksheet (113 items)", unitSheet);
  await measured("render TPI worksheet (113 items)", reviewSheet);
} finally {
  server?.stop();
  await prisma.$disconnect();
  await db.stop();
}

/** User plus system CPU time a process has used, in milliseconds (Linux /proc). */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 1/100 s
}

/** Narratives, evidence, ticks and verdicts on the two measured LKEs; an evaluator with a round. */
async function dressMeasuredAssessments(loaded: Awaited<ReturnType<typeof seedUnits>>["loaded"]) {
  const measured = [UNIT_SHEET, REVIEW_SHEET];
  await prisma.answer.updateMany({ where: { assessmentId: { in: measured } }, data: { narrative: NARRATIVE } });
  const refs = [...loaded.itemsById.values()];
  for (const assessmentId of measured) {
    // Two links on four items of five; the first expected document ticked where there is one.
    await prisma.evidence.createMany({
      data: refs.filter((_, i) => i % 5 !== 0).flatMap((ref) => [1, 2].map((n) => ({
        assessmentId, itemId: ref.id, kind: "LINK" as const, title: `Dokumen ${n} ${ref.item.code}`, url: `https://contoh.go.id/${ref.item.code}/${n}`, createdById: "b-member",
      }))),
    });
    await prisma.evidenceChecklistTick.createMany({
      data: refs.filter((ref) => ref.item.expectedEvidence.length > 0).map((ref) => ({ assessmentId, itemId: ref.id, entry: 0, checked: true })),
    });
  }

  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await prisma.user.create({ data: { id: "b-evaluator", email: "evaluator@bench.id", name: "Evaluator Uji", passwordHash, roles: { create: [{ role: "EVALUATOR", unitId: null }] } } });
  await prisma.evaluatorAssignment.create({ data: { assessmentId: REVIEW_SHEET, userId: "b-evaluator", role: "LEAD" } });
  await prisma.assessment.update({ where: { id: REVIEW_SHEET }, data: { status: "RESUBMITTED", revisionRound: 1 } });
  await seedAnswers({ assessmentId: REVIEW_SHEET, loaded, side: "EVALUATOR", userId: "b-evaluator", answers: randomAnswerSet(loaded.catalogue, 0.7, 1, 424242) });
  await prisma.itemReview.createMany({
    data: refs.map((ref, i) => ({ assessmentId: REVIEW_SHEET, itemId: ref.id, verdict: i % 7 === 0 ? "REVISION_REQUESTED" as const : "ACCEPTED" as const, round: 1 })),
  });
  // The round in the audit trail: the request, the unit's saves on the items sent back, the resubmission.
  const audit = (action: string, itemId: string | null = null) => ({ actorId: "b-member", action, entityType: itemId ? "Answer" : "Assessment", entityId: itemId ?? REVIEW_SHEET, assessmentId: REVIEW_SHEET, itemId });
  await prisma.auditEvent.create({ data: audit("assessment.requestRevision") });
  await prisma.auditEvent.createMany({
    data: refs.filter((_, i) => i % 7 === 0).map((ref) => ({ ...audit("answer.save", ref.id), before: { optionKey: null, narrative: "" }, after: { optionKey: null, narrative: NARRATIVE } })),
  });
  await prisma.auditEvent.create({ data: audit("assessment.resubmit") });
}
