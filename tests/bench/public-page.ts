// npm run bench:public:page (the first half of bench:public): the public ZI page
// (/zi/<unit>/<year>) served by the production build to signed-out visitors. BENCH_UNITS units with
// two years of LKE; BENCH_PUBLISHING of them publish like an active unit: a statement on every
// indicator, one bukti dukung per item per year (files and links, by year on the page) and as many
// left unpublished, and five service entries. Prints the p50/p95 of page views spread over the
// publishing units (the steady state: content cached per unit and public version) against the
// target, and of the first view after a publishing act (public version bumped, content read again),
// for information.
//   BENCH_UNITS (default 200), BENCH_PUBLISHING (default 40), BENCH_RUNS (default 400)
import { prisma } from "@/lib/db";
import { slugify } from "@/lib/public-pages/slug";
import { startAppServer, startBenchDatabase } from "./support/app-server";
import { HttpSession } from "./support/http-session";
import { measure, report } from "./support/stats";
import { seedUnits } from "./seed-units";

const UNITS = Number(process.env.BENCH_UNITS ?? 200);
const PUBLISHING = Math.min(UNITS, Number(process.env.BENCH_PUBLISHING ?? 40));
const RUNS = Number(process.env.BENCH_RUNS ?? 400);
const TARGET_MS = 50;

async function publishContent() {
  const version = await prisma.catalogueVersion.findFirstOrThrow({ select: { id: true } });
  const indicators = await prisma.catalogueNode.findMany({ where: { versionId: version.id, kind: "INDICATOR" }, select: { id: true, title: true } });
  const items = await prisma.catalogueItem.findMany({ where: { versionId: version.id }, select: { id: true, code: true } });
  const now = new Date();
  for (let u = 0; u < PUBLISHING; u++) {
    await prisma.unit.update({ where: { id: `b-u${u}` }, data: { publicSlug: slugify(`Satuan Kerja ${u + 1}`), publicVersion: 1 } });
    await prisma.publicStatement.createMany({
      data: indicators.map((node) => ({
        assessmentId: `b-a2026-${u}`, nodeId: node.id, updatedById: "b-member", published: true, publishedAt: now, publishedById: "b-member",
        body: `Satuan Kerja ${u + 1} telah melaksanakan ${node.title.toLowerCase()} sesuai rencana kerja pembangunan Zona Integritas, dengan dokumen pendukung per tahun.`,
      })),
    });
    for (const year of [2025, 2026]) {
      await prisma.evidence.createMany({
        data: items.flatMap((item, i) => [
          {
            assessmentId: `b-a${year}-${u}`, itemId: item.id, kind: i % 3 === 0 ? ("LINK" as const) : ("FILE" as const), title: `Dokumen ${item.code} ${year}`,
            url: i % 3 === 0 ? `https://satker-${u}.example.go.id/zi/${year}/${item.code}` : null, createdById: "b-member",
            published: true, publishedAt: now, publishedById: "b-member",
          },
          { assessmentId: `b-a${year}-${u}`, itemId: item.id, kind: "FILE" as const, title: `Draf internal ${item.code} ${year}`, createdById: "b-member" },
        ]),
      });
    }
    await prisma.publicServiceEntry.createMany({
      data: (["MAKLUMAT", "STANDARD", "STANDARD", "INNOVATION", "INNOVATION"] as const).map((kind, k) => ({
        assessmentId: `b-a2026-${u}`, kind, title: `Informasi pelayanan ${k + 1}`, body: "Uraian singkat layanan untuk masyarakat.", published: true, publishedAt: now, createdById: "b-member",
      })),
    });
  }
  return { indicators: indicators.length, items: items.length };
}

const db = await startBenchDatabase();
let server: { baseUrl: string; stop: () => void } | undefined;
try {
  const seedStart = performance.now();
  await seedUnits({ unitCount: UNITS, years: [2025, 2026] });
  const shape = await publishContent();
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  const published = await prisma.evidence.count({ where: { published: true } });
  const total = await prisma.evidence.count();
  console.log(`seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s: ${UNITS} units x 2 years; ${PUBLISHING} publishing units, each with ${shape.indicators} statements, ` +
    `${shape.items * 2} published bukti dukung over 2 years (${published.toLocaleString("en")} published of ${total.toLocaleString("en")} in all) and 5 service entries`);

  server = await startAppServer(db.url);
  const visitor = new HttpSession(server.baseUrl);
  const path = (i: number) => `/zi/${slugify(`Satuan Kerja ${(i % PUBLISHING) + 1}`)}/2026`;
  const view = (i: number) => async () => {
    const { status, body } = await visitor.get(path(i));
    if (status !== 200 || !body.includes(`Zona Integritas Satuan Kerja ${(i % PUBLISHING) + 1}`) || body.includes("Draf internal")) throw new Error(`GET ${path(i)} -> ${status}`);
  };
  console.log(`\nbench:public:page, signed-out visitors, ${RUNS} views over ${PUBLISHING} unit pages (${(await visitor.get(path(0))).body.length.toLocaleString("en")} bytes of HTML each)`);
  for (let i = 0; i < PUBLISHING * 2; i++) await view(i)(); // warm up: every page once, twice
  report("GET /zi/<unit>/2026 (steady state)", await measure(RUNS, (i) => view(i)()), TARGET_MS);
  // The floor on this machine: the smallest public page (the unit index), through the same stack.
  const index = await measure(Math.min(RUNS, 100), async () => {
    if ((await visitor.get("/zi")).status !== 200) throw new Error("GET /zi");
  });
  console.log(`GET /zi (unit index, the floor)         p50 ${index.p50.toFixed(1).padStart(6)} ms   p95 ${index.p95.toFixed(1).padStart(6)} ms   (n=${index.runs}, for information)`);

  // The content is cached: a change that bypasses the publishing acts is not seen until the
  // unit's public version moves (as every publishing act does, in its transaction).
  await prisma.publicStatement.updateMany({ where: { assessmentId: "b-a2026-0" }, data: { body: "Teks diubah di luar aplikasi." } });
  const cached = !(await visitor.get(path(0))).body.includes("Teks diubah di luar aplikasi.");
  await prisma.unit.update({ where: { id: "b-u0" }, data: { publicVersion: { increment: 1 } } });
  const refreshed = (await visitor.get(path(0))).body.includes("Teks diubah di luar aplikasi.");
  console.log(`content served from the cache until the public version moved: ${cached && refreshed ? "yes" : `NO (cached ${cached}, refreshed ${refreshed})`}`);

  // A publishing act (on any instance) bumps the unit's public version: the next view reads again.
  const afterPublish = await measure(Math.min(RUNS, 100), async (i) => {
    await prisma.unit.update({ where: { id: `b-u${i % PUBLISHING}` }, data: { publicVersion: { increment: 1 } } });
    await view(i)();
  });
  console.log(`first view after a publishing act       p50 ${afterPublish.p50.toFixed(1).padStart(6)} ms   p95 ${afterPublish.p95.toFixed(1).padStart(6)} ms   (n=${afterPublish.runs}, for information)`);
} finally {
  server?.stop();
  await prisma.$disconnect();
  await db.stop();
}
