// npm run bench:public:surveys: 1,000 survey responses submitted at 20 per second (open loop: each
// sent on schedule, whether or not the earlier ones have answered) to the public route of the
// production build, each from its own respondent (address and device), as behind one reverse proxy
// (TRUSTED_PROXY_HOPS=1). Prints p50/p95 of the submissions (target p95 <= 200 ms) and the number
// stored (must be 1,000: none lost).
import { prisma } from "@/lib/db";
import { bootstrapQuestionnaires } from "@/prisma/seed/bootstrap-catalogue";
import { startBenchDatabase } from "./support/app-server";
import { startMeasuredAppServer } from "./support/measured-app-server";
import { percentile, report } from "./support/stats";
import { seedUnits } from "./seed-units";

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 1000);
const PER_SECOND = Number(process.env.BENCH_RATE ?? 20);

const db = await startBenchDatabase();
let server: { baseUrl: string; stop: () => void } | undefined;
try {
  await seedUnits({ unitCount: 1 });
  const [spak] = await bootstrapQuestionnaires();
  const survey = await prisma.survey.create({
    data: { assessmentId: "b-a2026-0", catalogueVersionId: spak!.versionId, slug: "bench-spak", status: "OPEN", openedAt: new Date(), targetSample: RESPONSES, createdById: "b-member" },
  });
  server = await startMeasuredAppServer(db.url, { TRUSTED_PROXY_HOPS: "1" });
  const url = `${server.baseUrl}/api/survei/${survey.slug}/jawaban`;
  const submit = async (i: number) => {
    const answers = Object.fromEntries(Array.from({ length: 9 }, (_, q) => [`SPAK.${q + 1}`, 1 + ((i + q) % 4)]));
    const start = performance.now();
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Forwarded-For": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
      body: JSON.stringify({ answers, profile: { jenisKelamin: i % 2 ? "L" : "P" } }),
    });
    await response.arrayBuffer();
    return { ms: performance.now() - start, status: response.status };
  };
  for (let i = 0; i < 20; i++) await fetch(`${server.baseUrl}/survei/${survey.slug}`).then((r) => r.arrayBuffer()); // warm-up: the page and its data

  const began = performance.now();
  const results = await Promise.all(Array.from({ length: RESPONSES }, async (_, i) => {
    const due = began + (i * 1000) / PER_SECOND;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    return submit(1000 + i);
  }));
  const seconds = (performance.now() - began) / 1000;
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const failed = results.filter((r) => r.status !== 201);
  const stored = await prisma.surveyResponse.count({ where: { surveyId: survey.id } });
  console.log(`submitted ${RESPONSES} responses in ${seconds.toFixed(1)} s (${(RESPONSES / seconds).toFixed(1)}/s); refused or failed: ${failed.length}${failed.length ? ` (statuses ${[...new Set(failed.map((f) => f.status))].join(", ")})` : ""}`);
  report("survey response (POST)", { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, runs: times.length }, 200);
  console.log(`stored responses: ${stored} of ${RESPONSES} (${stored === RESPONSES ? "OK: none lost" : "LOST SOME"})`);
  if (stored !== RESPONSES) process.exitCode = 1;
} finally {
  server?.stop();
  await prisma.$disconnect();
  await db.stop();
}
