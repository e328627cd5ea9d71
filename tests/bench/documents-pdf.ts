// npm run bench:documents:pdf: p50/p95 of downloading the official PDFs through the real route of
// the production build (sign-in cookie, access check, data, layout, rendering): the LHE (target
// p95 <= 2 s), the Berita Acara and the whole LKE printout, on a finalised assessment with both
// sides answered. Also the in-process rendering alone (no HTTP), to see where the time goes.
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { clock } from "@/lib/clock";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { finalizeLhe } from "@/lib/review/lhe-store";
import { renderDocument } from "@/lib/documents/render-document";
import { randomAnswerSet } from "@/prisma/seed/random-answers";
import { seedAnswers } from "@/prisma/seed/seed-answers";
import { startAppServer, startBenchDatabase } from "./support/app-server";
import { HttpSession } from "./support/http-session";
import { measure, report } from "./support/stats";
import { BENCH_PASSWORD, seedUnits } from "./seed-units";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const ASSESSMENT = "b-a2026-0";

const db = await startBenchDatabase();
let server: { baseUrl: string; stop: () => void } | undefined;
try {
  const { loaded } = await seedUnits({ unitCount: 1 });
  await prisma.user.create({ data: { id: "b-tpi", email: "tpi@bench.id", name: "Evaluator Uji", nip: "198001012005011001", passwordHash: "x", roles: { create: [{ role: "EVALUATOR", unitId: null }] } } });
  await prisma.evaluatorAssignment.create({ data: { assessmentId: ASSESSMENT, userId: "b-tpi", role: "LEAD" } });
  await seedAnswers({ assessmentId: ASSESSMENT, loaded, answers: randomAnswerSet(loaded.catalogue, 0.8, 1, 7), userId: "b-tpi", side: "EVALUATOR", narrative: () => "Sesuai bukti dukung." });
  await prisma.$transaction(async (tx) => {
    await tx.assessment.update({ where: { id: ASSESSMENT }, data: { status: "FINAL", finalizedAt: clock.now() } });
    const lead = (await loadUser("b-tpi"))!;
    await finalizeLhe(await authorizeAssessment(lead, ASSESSMENT, "review.lead", { tx, lock: true }), tx);
  }, { timeout: 30_000 });

  server = await startAppServer(db.url);
  const session = new HttpSession(server.baseUrl);
  await session.signIn("member@bench.id", BENCH_PASSWORD);
  const fetchPdf = async (name: string) => {
    const response = await fetch(`${server!.baseUrl}/api/dokumen/${ASSESSMENT}/${name}`, { headers: { Cookie: (session as unknown as { cookieHeader(): string }).cookieHeader() } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (response.status !== 200 || bytes.length < 1000) throw new Error(`${name}: HTTP ${response.status}, ${bytes.length} bytes`);
    return bytes.length;
  };
  const sizes: Record<string, number> = {};
  for (const name of ["lhe", "berita-acara", "lke"]) sizes[name] = await fetchPdf(name); // warm-up
  report(`HTTP LHE PDF (${Math.round(sizes.lhe! / 1024)} KB)`, await measure(RUNS, async () => void (await fetchPdf("lhe"))), 2000);
  report(`HTTP Berita Acara PDF (${Math.round(sizes["berita-acara"]! / 1024)} KB)`, await measure(RUNS, async () => void (await fetchPdf("berita-acara"))), 2000);
  report(`HTTP LKE printout PDF (${Math.round(sizes.lke! / 1024)} KB)`, await measure(Math.max(5, Math.floor(RUNS / 2)), async () => void (await fetchPdf("lke"))), 5000);

  const member = (await loadUser("b-member"))!;
  await renderDocument(member, ASSESSMENT, "lhe");
  report("in-process LHE render", await measure(RUNS, async () => void (await renderDocument(member, ASSESSMENT, "lhe"))), 2000);
} finally {
  server?.stop();
  await prisma.$disconnect();
  await db.stop();
}
