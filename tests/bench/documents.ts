// npm run bench:documents: the documents the process hands on, one section per kind.
//   XLSX workbook: export of one fully answered LKE (p95 <= 500 ms), import preview of a full
//   workbook (p95 <= 1 s), and the zip of a region of 100 units (peak memory growth < 100 MB).
// Each section measures the data layer that the route calls (authorisation, queries, building or
// reading the file) in this process, on a real embedded PostgreSQL.
// Other document kinds (PDF: LHE, Berita Acara, LKE printout) add their own section below.
//   BENCH_UNITS (default 100)   BENCH_RUNS (default 30)
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { prisma } from "@/lib/db";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { authorizeDashboard } from "@/lib/access/dashboard-access";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { lkeWorkbookBuffer } from "@/lib/workbook/build-lke-workbook";
import { loadLkeWorkbookData } from "@/lib/workbook/load-workbook-data";
import { createWorkbookPreview } from "@/lib/workbook/import/create-preview";
import { openRegionZip } from "@/lib/workbook/region-zip";
import { startBenchDatabase } from "./support/app-server";
import { measure, report } from "./support/stats";
import { seedUnits } from "./seed-units";

const UNITS = Number(process.env.BENCH_UNITS ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const MB = 1024 * 1024;
const BASE_URL = "http://bench.local";

async function xlsxSection() {
  console.log("\n== XLSX workbook (LKE) ==");
  const leader = (await loadUser("b-leader")) as TSessionUser;
  const member = (await loadUser("b-member")) as TSessionUser;
  const exportOne = async () => lkeWorkbookBuffer(await loadLkeWorkbookData(await authorizeAssessment(leader, "b-a2026-0", "assessment.read"), BASE_URL));
  await exportOne(); // warm-up: module loading and the catalogue cache
  let size = 0;
  const exported = await measure(RUNS, async () => {
    size = (await exportOne()).length;
  });
  report(`XLSX export of one LKE (${Math.round(size / 1024)} KB)`, exported, 500);

  // A full workbook into an empty LKE of the same unit: every answered item is a change.
  await prisma.period.create({ data: { id: "b-p2027", agencyId: "bench", year: 2027, name: "ZI 2027", catalogueVersionId: (await prisma.period.findUniqueOrThrow({ where: { id: "b-p2026" } })).catalogueVersionId } });
  await prisma.assessment.create({ data: { id: "b-a2027-0", periodId: "b-p2027", unitId: "b-u0", itemCount: 113 } });
  const file = await lkeWorkbookBuffer(await loadLkeWorkbookData(await authorizeAssessment(member, "b-a2026-0", "assessment.read"), BASE_URL));
  const target = async () => authorizeAssessment(member, "b-a2027-0", "answer.self.write");
  await createWorkbookPreview(await target(), "lke.xlsx", file);
  const previewed = await measure(RUNS, async () => {
    await createWorkbookPreview(await target(), "lke.xlsx", file);
  });
  report("import preview of a full workbook", previewed, 1000);

  const growth = await regionZipGrowth(leader);
  const verdict = growth.peak < 100 * MB ? "OK" : "OVER TARGET";
  console.log(`region zip of ${growth.units} units`.padEnd(34) +
    ` ${(growth.bytes / MB).toFixed(1)} MB in ${(growth.ms / 1000).toFixed(1)} s   peak RSS growth ${(growth.peak / MB).toFixed(1)} MB   (target < 100 MB: ${verdict})`);
}

/** Streams the zip of the whole agency (all units under the root) to a counting sink, sampling RSS. */
async function regionZipGrowth(leader: TSessionUser) {
  global.gc?.();
  await new Promise((r) => setTimeout(r, 200));
  const baseline = process.memoryUsage().rss;
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss - baseline)), 10);
  const started = performance.now();
  const zip = await openRegionZip(await authorizeDashboard(leader), "b-p2026", "b-root", BASE_URL);
  let bytes = 0;
  // A client reading at its own pace: a little slower than the server can write.
  const sink = new Writable({
    highWaterMark: 64 * 1024,
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      setImmediate(done);
    },
  });
  await pipeline(zip.archive, sink);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss - baseline);
  return { units: zip.unitCount, bytes, ms: performance.now() - started, peak };
}

const db = await startBenchDatabase();
try {
  const seedStart = performance.now();
  await seedUnits({ unitCount: UNITS });
  console.log(`seeded ${UNITS} units in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  await xlsxSection();
  // PDF sections (LHE, Berita Acara, LKE printout) go here.
} finally {
  await prisma.$disconnect();
  await db.stop();
}
