// npm run bench:lke: 1,000 units with full answers; p50/p95 of saving one answer (HTTP round
// trip to the server action, including the score update) and of the server render of the
// overview and of an area page.
import { prisma } from "@/lib/db";
import { startAppServer, startBenchDatabase } from "./support/app-server";
import { actionId, HttpSession } from "./support/http-session";
import { measure, report } from "./support/stats";
import { BENCH_PASSWORD, seedUnits } from "./seed-units";

const UNITS = Number(process.env.BENCH_UNITS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

const db = await startBenchDatabase();
let server: { baseUrl: string; stop: () => void } | undefined;
try {
  const seedStart = performance.now();
  const { loaded, answers } = await seedUnits({ unitCount: UNITS });
  console.log(`seeded ${UNITS} units, ${answers} answers in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  server = await startAppServer(db.url);
  const session = new HttpSession(server.baseUrl);
  await session.signIn("member@bench.id", BENCH_PASSWORD);
  const assessment = "b-a2026-0";
  const save = actionId("saveAnswerAction");

  // Cycle over ten option items, flipping between two answers; track each item's version.
  const codes = [...loaded.itemIdByCode.keys()].filter((c) => c.startsWith("A.I.")).slice(0, 10);
  const versions = new Map<string, number>();
  for (const row of await prisma.answer.findMany({ where: { assessmentId: assessment }, select: { itemId: true, version: true } })) versions.set(row.itemId, row.version);
  const saveOne = async (i: number) => {
    const itemId = loaded.itemIdByCode.get(codes[i % codes.length]!)!;
    const item = loaded.itemsById.get(itemId)!.item;
    const optionKey = item.options[i % 2 === 0 ? 0 : item.options.length - 1]!.key;
    const result = await session.action<{ ok: boolean; data?: { answer: { version: number } }; message?: string }>(
      `/lke/${assessment}/A.I.1`, save, [{ assessmentId: assessment, itemId, expectedVersion: versions.get(itemId) ?? 0, answer: { optionKey }, narrative: `uji ${i}` }],
    );
    if (!result.ok || !result.data) throw new Error(`save failed: ${result.message}`);
    versions.set(itemId, result.data.answer.version);
  };
  const render = (path: string) => async () => {
    const { status, body } = await session.get(path);
    if (status !== 200 || body.length < 1000) throw new Error(`GET ${path} -> ${status}`);
  };

  await measure(20, saveOne); // warm up the server
  await measure(10, render(`/lke/${assessment}`));
  await measure(10, render(`/lke/${assessment}/A.I.6`));

  console.log(`\nbench:lke on ${UNITS} units (${answers} answers), ${RUNS} runs each`);
  report("save one answer (round trip)", await measure(RUNS, saveOne), 100);
  report("render overview", await measure(RUNS, render(`/lke/${assessment}`)), 150);
  report("render area page A.I.6 (19 items)", await measure(RUNS, render(`/lke/${assessment}/A.I.6`)), 150);
} finally {
  server?.stop();
  await prisma.$disconnect();
  await db.stop();
}
