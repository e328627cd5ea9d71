import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { actionId } from "@/tests/bench/support/http-session";
import { startAppInstance, startSystemDatabase } from "@/tests/support/app-instance";
import { SavingClient } from "@/tests/support/system-saves";
import { query } from "@/tests/support/sql";
import { DEMO_PASSWORD } from "./support";

// The database stops for 10 s in the middle of autosaves (a restart, a failover) and comes back.
// Three people keep saving through the real server action of one running app instance. Each
// failed save must be a typed "try again" answer without a stack trace, each is retried with the
// same expected version, and afterwards every acknowledged save is in the database and in the
// audit trail, all without restarting the app.

test.setTimeout(240_000);

const OUTAGE_MS = 10_000;
const UNAVAILABLE_MESSAGE = "Server sedang tidak dapat menjangkau basis data. Perubahan Anda belum tersimpan; coba lagi sebentar lagi.";

test("saves during a 10 s database outage fail cleanly, are retried, and nothing acknowledged is lost", async () => {
  const db = await startSystemDatabase();
  const files = fs.mkdtempSync(path.join(os.tmpdir(), "zi-fault-files-"));
  const app = await startAppInstance({ DATABASE_URL: db.url, STORAGE_DIR: files });
  try {
    // Items of the LKE (the demo database also holds the PEKPPP instrument, with Ya/Tidak items of its own).
    const items = (await query<{ id: string }>(db.url, `SELECT i.id FROM "CatalogueItem" i JOIN "CatalogueVersion" v ON v.id = i."versionId" WHERE v.code = 'LKE-ZI-2021' AND i."answerType" = 'YA_TIDAK' ORDER BY i.position LIMIT 9`)).map((r) => r.id);
    const save = actionId("saveAnswerAction");
    const clients = [
      new SavingClient(app.baseUrl, "Andi", "anggota@zi.demo", "asm-2026-kejari-bantaeng", items.slice(0, 3), save),
      new SavingClient(app.baseUrl, "Sari", "anggota2@zi.demo", "asm-2026-kejari-bantaeng", items.slice(3, 6), save),
      new SavingClient(app.baseUrl, "Rina", "anggota.makassar@zi.demo", "asm-2026-kejari-makassar", items.slice(6, 9), save),
    ];
    for (const client of clients) await client.start(db.url, DEMO_PASSWORD);

    let saving = true;
    const running = Promise.all(clients.map((c) => c.run(() => saving)));
    await new Promise((r) => setTimeout(r, 3_000));

    await db.pause();
    const stoppedAt = Date.now();
    await expect(async () => {
      const health = await fetch(`${app.baseUrl}/api/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: "unavailable", checks: { database: { ok: false }, storage: { ok: true } } });
    }).toPass({ timeout: 5_000 });
    await new Promise((r) => setTimeout(r, OUTAGE_MS - (Date.now() - stoppedAt)));
    await db.resume();
    const resumedAt = Date.now();

    // Every client gets saves through again on the same, never restarted, instance.
    await expect(() => {
      for (const c of clients) expect(c.acknowledged.filter((a) => a.at > resumedAt).length, c.name).toBeGreaterThanOrEqual(3);
    }).toPass({ timeout: 30_000 });
    saving = false;
    await running;
    expect(() => process.kill(app.pid, 0)).not.toThrow();
    expect((await fetch(`${app.baseUrl}/api/health`)).status).toBe(200);

    const stats = clients.map((c) => ({ name: c.name, acknowledged: c.acknowledged.length, failures: c.failures.length, committedDespiteFailure: c.committedDespiteFailure }));
    test.info().annotations.push({ type: "saves", description: JSON.stringify(stats) });
    // Failures happened, and each was the typed "try again", never a stack trace.
    const failures = clients.flatMap((c) => c.failures);
    expect(failures.filter((f) => f.code === "UNAVAILABLE").length).toBeGreaterThan(0);
    for (const failure of failures.filter((f) => f.code === "UNAVAILABLE")) expect(failure.message).toBe(UNAVAILABLE_MESSAGE);
    for (const failure of failures) expect(failure.message).not.toMatch(/\bat \S+:\d+|prisma|ECONN|postgres/i);

    // Every acknowledged save is in the database: the last one per item as the answer, every one
    // of them in the audit trail.
    for (const client of clients) {
      const lastPerItem = new Map(client.acknowledged.map((a) => [a.itemId, a]));
      for (const [itemId, last] of lastPerItem) {
        const [row] = await query<{ version: number; narrative: string }>(
          db.url, `SELECT version, narrative FROM "Answer" WHERE "assessmentId" = $1 AND "itemId" = $2 AND side = 'SELF'`, [client.assessmentId, itemId],
        );
        expect(row, `${client.name} ${itemId}`).toEqual({ version: last.version, narrative: last.narrative });
      }
      const audited = await query<{ narrative: string }>(
        db.url,
        `SELECT after->>'narrative' AS narrative FROM "AuditEvent" WHERE action = 'answer.save' AND "assessmentId" = $1 AND "itemId" = ANY($2)`,
        [client.assessmentId, client.itemIds],
      );
      const auditedNarratives = new Set(audited.map((a) => a.narrative));
      for (const ack of client.acknowledged) expect(auditedNarratives.has(ack.narrative), ack.narrative).toBe(true);
    }

    // The log tells the operator what happened, as warnings with request ids, not as crashes.
    const logs = app.logs();
    const warnings = logs.filter((l) => l.level === "warn" && l.msg === "database unavailable");
    expect(warnings.length).toBeGreaterThan(0);
    for (const line of warnings) expect(line.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(logs.filter((l) => l.level === "error" || l.level === "fatal")).toEqual([]);
  } finally {
    await app.stop();
    await db.stop();
    fs.rmSync(files, { recursive: true, force: true });
  }
});
