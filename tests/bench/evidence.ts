// npm run bench:evidence: upload a 50 MB file (PDF signature, generated while sending) through
// the real upload route of the production build, download it again, and report throughput both
// ways and the server's peak memory growth (VmRSS of the next-server process).
//   BENCH_FILE_MB (default 50)   BENCH_STORAGE=local|s3 (default local; s3 starts s3rver)
import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { prisma } from "@/lib/db";
import { startBenchDatabase } from "./support/app-server";
import { HttpSession } from "./support/http-session";
import { peakRssDuring, startMeasuredAppServer } from "./support/measured-app-server";
import { BENCH_PASSWORD, seedUnits } from "./seed-units";
import { generatedPdf, samplePdf } from "../support/evidence-files";
import { startLocalS3, type TLocalS3 } from "../support/s3-server";

const MB = 1024 * 1024;
const FILE_BYTES = Number(process.env.BENCH_FILE_MB ?? 50) * MB;
const DRIVER = process.env.BENCH_STORAGE === "s3" ? "s3" : "local";
const TARGET_GROWTH = 64 * MB;
const ASSESSMENT = "b-a2026-0";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-bukti-"));
const db = await startBenchDatabase();
let s3: TLocalS3 | undefined;
let server: Awaited<ReturnType<typeof startMeasuredAppServer>> | undefined;
try {
  const { loaded } = await seedUnits({ unitCount: 1 });
  const itemId = loaded.itemIdByCode.get("A.I.1.1.a")!;
  const itemId2 = loaded.itemIdByCode.get("A.I.1.1.b")!;
  s3 = DRIVER === "s3" ? await startLocalS3() : undefined;
  const storageEnv: Record<string, string> = s3
    ? { STORAGE_DRIVER: "s3", S3_ENDPOINT: s3.endpoint, S3_BUCKET: s3.bucket, S3_ACCESS_KEY_ID: s3.accessKeyId, S3_SECRET_ACCESS_KEY: s3.secretAccessKey, S3_FORCE_PATH_STYLE: "true" }
    : { STORAGE_DRIVER: "local", STORAGE_DIR: storageDir };
  server = await startMeasuredAppServer(db.url, { ...storageEnv, EVIDENCE_MAX_FILE_MB: String(Math.ceil(FILE_BYTES / MB) + 1) });
  const session = new HttpSession(server.baseUrl);
  await session.signIn("member@bench.id", BENCH_PASSWORD);
  const cookie = (session as unknown as { cookieHeader(): string }).cookieHeader();
  const base = server.baseUrl;

  const upload = (item: string, name: string, size: number, body: () => AsyncIterable<Buffer>) =>
    new Promise<{ status: number; json: { ok: boolean; data?: { evidence: { id: string } }; message?: string } }>((resolve, reject) => {
      const url = new URL(`/api/bukti/unggah?assessmentId=${ASSESSMENT}&itemId=${item}`, base);
      const request = http.request(url, {
        method: "POST",
        headers: { Cookie: cookie, Origin: base, "Content-Type": "application/octet-stream", "Content-Length": size, "X-File-Name": encodeURIComponent(name) },
      }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString() || "{}") }));
        response.on("error", reject);
      });
      request.on("error", reject);
      pipeline(Readable.from(body()), request).catch(reject);
    });
  const download = (evidenceId: string) =>
    new Promise<{ status: number; bytes: number; sha256: string }>((resolve, reject) => {
      http.get(new URL(`/api/bukti/${evidenceId}?unduh=1`, base), { headers: { Cookie: cookie } }, (response) => {
        const hash = createHash("sha256");
        let bytes = 0;
        response.on("data", (c: Buffer) => { bytes += c.length; hash.update(c); });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, bytes, sha256: hash.digest("hex") }));
        response.on("error", reject);
      }).on("error", reject);
    });

  // Warm up: the upload and download paths load their modules (and the S3 SDK) once.
  const small = samplePdf("pemanasan");
  const warm = await upload(itemId2, "pemanasan.pdf", small.length, async function* () { yield small; });
  if (warm.status !== 201 || !warm.json.data) throw new Error(`warm-up upload failed: ${warm.status} ${warm.json.message}`);
  await download(warm.json.data.evidence.id);
  await new Promise((r) => setTimeout(r, 1000));

  const expected = createHash("sha256");
  for await (const chunk of generatedPdf(FILE_BYTES, 50)) expected.update(chunk);
  const expectedSha = expected.digest("hex");

  const baseline = server.rssBytes();
  let start = performance.now();
  const up = await peakRssDuring(server.rssBytes, () => upload(itemId, "pindaian-50mb.pdf", FILE_BYTES, () => generatedPdf(FILE_BYTES, 50)));
  const upSeconds = (performance.now() - start) / 1000;
  if (up.result.status !== 201 || !up.result.json.data) throw new Error(`upload failed: ${up.result.status} ${up.result.json.message}`);
  const blob = await prisma.evidenceBlob.findFirstOrThrow({ where: { assessmentId: ASSESSMENT, size: BigInt(FILE_BYTES) } });
  if (blob.sha256 !== expectedSha) throw new Error("stored SHA-256 differs from the file sent");

  const beforeDownload = server.rssBytes();
  start = performance.now();
  const down = await peakRssDuring(server.rssBytes, () => download(up.result.json.data!.evidence.id));
  const downSeconds = (performance.now() - start) / 1000;
  if (down.result.status !== 200 || down.result.bytes !== FILE_BYTES || down.result.sha256 !== expectedSha) {
    throw new Error(`download differs: ${down.result.status}, ${down.result.bytes} bytes`);
  }

  const mb = (bytes: number) => (bytes / MB).toFixed(1);
  const growth = Math.max(up.peak, down.peak) - baseline;
  console.log(`\nbench:evidence, ${mb(FILE_BYTES)} MB file, ${DRIVER} storage, server pid ${server.pid}`);
  console.log(`upload    ${(FILE_BYTES / MB / upSeconds).toFixed(1).padStart(7)} MB/s  (${upSeconds.toFixed(2)} s, SHA-256 verified)`);
  console.log(`download  ${(FILE_BYTES / MB / downSeconds).toFixed(1).padStart(7)} MB/s  (${downSeconds.toFixed(2)} s, SHA-256 verified)`);
  console.log(`server RSS: before ${mb(baseline)} MB, peak during upload ${mb(up.peak)} MB, before download ${mb(beforeDownload)} MB, peak during download ${mb(down.peak)} MB`);
  console.log(`peak memory growth ${mb(growth)} MB (target < ${mb(TARGET_GROWTH)} MB: ${growth < TARGET_GROWTH ? "OK" : "OVER TARGET"})`);
  if (growth >= TARGET_GROWTH) process.exitCode = 1;
} finally {
  server?.stop();
  await s3?.stop();
  await prisma.$disconnect();
  await db.stop();
  fs.rmSync(storageDir, { recursive: true, force: true });
}
