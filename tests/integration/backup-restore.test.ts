import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { deleteEvidence } from "@/lib/evidence/mutations";
import { createBackup } from "@/lib/backup/create-backup";
import { readManifest, verifyBackup } from "@/lib/backup/restore-backup";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { resetDatabase } from "@/tests/support/db";
import { PASSWORD } from "@/tests/support/fixtures";
import { answer, createReviewWorld, transition, type TReviewWorld } from "@/tests/support/review-world";
import { uploader } from "@/tests/support/evidence-helpers";
import { useTemporaryStorage } from "@/tests/support/evidence-storage";
import { samplePdf, samplePng } from "@/tests/support/evidence-files";
import { startLocalS3, type TLocalS3 } from "@/tests/support/s3-server";
import { createEmptyDatabase, runNpm, s3Env, s3StorageOf, sha256Of, tableContents } from "@/tests/support/backup-helpers";
import { query } from "@/tests/support/sql";
import { saveAgencyLogo } from "@/lib/agency-settings/mutations";
import { createServiceEntry } from "@/lib/public-pages/service-entry-mutations";
import { addStep, uploadToStep } from "@/tests/support/plan-helpers";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { clearJobs } from "@/tests/support/job-worker";

// `npm run backup` and `npm run restore` as an operator runs them: an installation with answers,
// scores, audit events and stored files of every kind (bukti dukung, a rencana aksi file, an
// agency logo, a photo of the public page; local storage) is backed up, restored into an empty
// database with S3 storage, backed up from there and restored again with local storage. Every
// row of every table and every stored file's SHA-256 must come back unchanged.

const storage = useTemporaryStorage();
const work = fs.mkdtempSync(path.join(os.tmpdir(), "zi-backup-test-"));
let world: TReviewWorld;
let s3: TLocalS3;
let source: string;

beforeAll(async () => {
  source = process.env.DATABASE_URL!;
  s3 = await startLocalS3("restored");
  await resetDatabase();
  world = await createReviewWorld();
  const { memberA, headA, memberB } = world.users;
  await answer(world, memberA, "A.I.1.1.a", { optionKey: "YA" }, "SELF", "SK Tim Kerja");
  await answer(world, memberA, "A.I.1.1.a", { optionKey: "TIDAK" }, "SELF", "SK dicabut");
  await answer(world, memberA, "A.I.1.3.a", { optionKey: "B" });
  await answer(world, memberA, "A.II.1.1.a", { inputs: { agen: 4, perubahan: 3 } });
  await answer(world, memberB, "A.I.2.1.b", { optionKey: "C" }, "SELF", "", "asm-b");
  const upload = uploader(world);
  const first = await upload(memberA, "A.I.1.1.a", samplePdf("SK Tim Kerja"), "SK Tim Kerja.pdf");
  await upload(memberA, "A.I.1.1.a", samplePdf("SK Tim Kerja revisi"), "SK revisi.pdf", { evidenceId: first.evidence.id });
  // The same bytes on another item share one stored file.
  await upload(memberA, "A.I.1.3.a", samplePdf("SK Tim Kerja"), "salinan.pdf");
  const photo = await upload(memberA, "A.II.1.1.a", samplePng(), "foto kegiatan.png");
  await deleteEvidence(memberA, { evidenceId: photo.evidence.id });
  const step = await addStep(world, memberA);
  await uploadToStep(memberA, step.id, samplePdf("Notula rapat Tim Kerja"), "notula.pdf");
  await saveAgencyLogo(world.users.admin, "ag", samplePng(12, 12, [0, 90, 0]));
  await createServiceEntry(memberA, { fields: { assessmentId: "asm-a", kind: "INNOVATION", title: "Antrean daring", body: "Ambil nomor antrean dari rumah." }, photo: samplePng(16, 16, [200, 0, 0]) });
  await authorizeCredentials({ email: "member-a@test.id", password: "salah" }, "10.0.0.1");
  await authorizeCredentials({ email: "member-a@test.id", password: PASSWORD }, "10.0.0.1");
  await clearJobs();
  // Submitting enqueues its notifications; a job waiting for later keeps its key and time.
  await transition(headA, "submit", { acknowledgeIncomplete: true });
  await prisma.$transaction((tx) => enqueueJob(tx, "notification-email", { notificationId: "n-later" }, { jobKey: "later", runAt: new Date("2026-12-24T01:00:00Z") }));
}, 120_000);

/** The jobs waiting in a database's queue, comparable across databases. */
function waitingJobs(url: string) {
  return query<{ task: string; payload: string; run_at: string; key: string | null }>(url, `
    SELECT t.identifier AS task, j.payload::text AS payload, j.run_at::text AS run_at, j.key
    FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id ORDER BY 1, 2`);
}

afterAll(async () => {
  await s3?.stop();
  storage.remove();
  fs.rmSync(work, { recursive: true, force: true });
});

describe("npm run backup, then npm run restore into an empty installation", () => {
  it("brings back every answer, score, audit event, every other row and every file, across both storage drivers", async () => {
    const before = await tableContents(source);
    // The installation is not trivially empty where it matters.
    for (const table of ["Answer", "AssessmentScore", "NodeScore", "AuditEvent", "EvidenceBlob", "EvidenceVersion", "Evidence", "LoginAttempt", "User", "ActionPlanFile", "AgencyDocumentSettings", "PublicServiceEntry"]) {
      expect(before[table]!.length, table).toBeGreaterThan(0);
    }

    const first = path.join(work, "first");
    const backup = await runNpm("backup", ["--out", first], { DATABASE_URL: source, STORAGE_DRIVER: "local", STORAGE_DIR: storage.dir });
    expect(backup.status, backup.output).toBe(0);
    const manifest = readManifest(first);
    // Every object in storage is in the backup, named by its column, with its SHA-256.
    const stored = storage.files();
    expect(manifest.files.map((f) => f.key)).toEqual(stored);
    expect(new Set(manifest.files.map((f) => f.source))).toEqual(new Set(["EvidenceBlob.storageKey", "AgencyDocumentSettings.logoKey", "PublicServiceEntry.photoKey"]));
    const local = createLocalStorage(storage.dir);
    for (const file of manifest.files) expect(await sha256Of(local, file.key), file.key).toBe(file.sha256);
    const blobs = await prisma.evidenceBlob.findMany({ select: { storageKey: true, sha256: true } });
    expect(blobs.length).toBeGreaterThan(0);
    const jobs = await waitingJobs(source);
    expect(jobs.map((j) => j.task)).toEqual(expect.arrayContaining(["notify-event", "notification-email"]));
    expect(manifest.jobs).toHaveLength(jobs.length);
    for (const blob of blobs) expect(manifest.files.find((f) => f.key === blob.storageKey)?.sha256).toBe(blob.sha256);

    // Into an empty database with S3 storage.
    const onS3 = await createEmptyDatabase(source, "restored_s3");
    const restore = await runNpm("restore", [first], { DATABASE_URL: onS3, ...s3Env(s3) });
    expect(restore.status, restore.output).toBe(0);
    expect(await tableContents(onS3)).toEqual(before);
    expect(await waitingJobs(onS3)).toEqual(jobs);
    for (const file of manifest.files) expect(await sha256Of(s3StorageOf(s3), file.key), file.key).toBe(file.sha256);

    // From S3 back to a local folder.
    const second = path.join(work, "second");
    expect((await runNpm("backup", ["--out", second], { DATABASE_URL: onS3, ...s3Env(s3) })).status).toBe(0);
    const onLocal = await createEmptyDatabase(source, "restored_local");
    const localDir = path.join(work, "local-files");
    const again = await runNpm("restore", [second], { DATABASE_URL: onLocal, STORAGE_DRIVER: "local", STORAGE_DIR: localDir });
    expect(again.status, again.output).toBe(0);
    expect(await tableContents(onLocal)).toEqual(before);
    expect(await waitingJobs(onLocal)).toEqual(jobs);
    expect(readManifest(second).files).toEqual(manifest.files);
    for (const file of manifest.files) expect(await sha256Of(createLocalStorage(localDir), file.key), file.key).toBe(file.sha256);
  }, 120_000);

  it("continues the id sequences and keeps the audit trail append-only after a restore", async () => {
    // The database the first test restored.
    const restored = "restored_s3";
    const url = new URL(source);
    url.pathname = `/${restored}`;
    const [{ max }] = await query<{ max: string }>(source, `SELECT max(id)::text AS max FROM "AuditEvent"`);
    const [inserted] = await query<{ id: string }>(
      url.toString(),
      `INSERT INTO "AuditEvent" (action, "entityType", "entityId") VALUES ('test.after-restore', 'Test', 'x') RETURNING id::text`,
    );
    expect(BigInt(inserted!.id)).toBe(BigInt(max!) + 1n);
    await expect(query(url.toString(), `UPDATE "AuditEvent" SET action = 'changed'`)).rejects.toThrow("AuditEvent is append-only");
  });

  it("refuses a database that holds data, and a damaged backup, before writing anything", async () => {
    const dir = path.join(work, "first");
    const intoLive = await runNpm("restore", [dir], { DATABASE_URL: source, STORAGE_DRIVER: "local", STORAGE_DIR: storage.dir });
    expect(intoLive.status).toBe(1);
    expect(intoLive.output).toContain("the database is not empty");

    const damaged = path.join(work, "damaged");
    fs.cpSync(dir, damaged, { recursive: true });
    const { files } = readManifest(damaged);
    const victim = path.join(damaged, "files", files[0]!.key);
    const bytes = fs.readFileSync(victim);
    bytes[bytes.length - 1] ^= 0xff;
    fs.writeFileSync(victim, bytes);
    const empty = await createEmptyDatabase(source, "restore_damaged");
    const emptyFiles = path.join(work, "untouched-files");
    const refused = await runNpm("restore", [damaged], { DATABASE_URL: empty, STORAGE_DRIVER: "local", STORAGE_DIR: emptyFiles });
    expect(refused.status).toBe(1);
    expect(refused.output).toContain(`backup damaged: files/${files[0]!.key} does not match its SHA-256`);
    expect(await query(empty, `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).toEqual([]);
    expect(fs.existsSync(emptyFiles)).toBe(false);
  }, 60_000);

  it("takes one consistent snapshot: rows and files written while it runs are not in it", async () => {
    const counts = { answers: await prisma.answer.count(), audit: await prisma.auditEvent.count(), blobs: await prisma.evidenceBlob.count() };
    const dir = path.join(work, "during-writes");
    let late = "";
    const manifest = await createBackup({
      databaseUrl: source,
      storage: createLocalStorage(storage.dir),
      outDir: dir,
      afterSnapshot: async () => {
        await answer(world, world.users.memberB, "A.I.3.1.a", { optionKey: "YA" }, "SELF", "", "asm-b");
        const added = await uploader(world, "asm-b")(world.users.memberB, "A.I.3.1.a", samplePdf("ditulis selama backup"), "baru.pdf");
        late = (await prisma.evidenceBlob.findFirstOrThrow({ where: { versions: { some: { evidenceId: added.evidence.id } } } })).storageKey;
      },
    });
    expect(await prisma.answer.count()).toBe(counts.answers + 1);
    const rows = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
    expect(rows).toMatchObject({ Answer: counts.answers, AuditEvent: counts.audit, EvidenceBlob: counts.blobs });
    expect(manifest.files.filter((f) => f.source === "EvidenceBlob.storageKey")).toHaveLength(counts.blobs);
    expect(manifest.files.map((f) => f.key)).not.toContain(late);
    await verifyBackup(dir, manifest);
  }, 60_000);

  it("fails, leaving no backup, when a file the snapshot names is removed while it runs (a logo replaced)", async () => {
    const dir = path.join(work, "logo-replaced");
    const backup = createBackup({
      databaseUrl: source,
      storage: createLocalStorage(storage.dir),
      outDir: dir,
      afterSnapshot: async () => {
        await saveAgencyLogo(world.users.admin, "ag", samplePng(14, 14, [0, 0, 120]));
      },
    });
    await expect(backup).rejects.toThrow(/AgencyDocumentSettings\.logoKey\) is missing: removed since the snapshot/);
    expect(fs.existsSync(dir)).toBe(false);
    expect(fs.existsSync(`${dir}.partial`)).toBe(false);
  }, 60_000);
});
