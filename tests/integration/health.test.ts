import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { useTemporaryStorage } from "@/tests/support/evidence-storage";

// /api/health against the real database and real storage folders.

const storage = useTemporaryStorage();
afterEach(() => {
  process.env.STORAGE_DIR = storage.dir;
});
afterAll(() => storage.remove());

const ask = async () => {
  const response = await GET(new Request("http://app.test/api/health"));
  return { status: response.status, text: await response.text(), cacheControl: response.headers.get("cache-control") };
};

describe("GET /api/health", () => {
  it("answers 200 when the database answers and the storage takes, returns and deletes a probe", async () => {
    const { status, text, cacheControl } = await ask();
    expect(status).toBe(200);
    expect(cacheControl).toBe("no-store");
    expect(JSON.parse(text)).toMatchObject({
      status: "ok",
      checks: { database: { ok: true }, storage: { ok: true, driver: "local" } },
    });
    // The probe leaves nothing behind.
    expect(storage.files()).toEqual([]);
  });

  it("answers 503 when the storage cannot be written, naming no path or secret", async () => {
    // A folder that cannot exist: its parent is a regular file (root ignores permission bits).
    const blocker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "zi-health-")), "a-file");
    fs.writeFileSync(blocker, "");
    process.env.STORAGE_DIR = path.join(blocker, "bukti");
    const { status, text } = await ask();
    expect(status).toBe(503);
    expect(JSON.parse(text)).toMatchObject({
      status: "unavailable",
      checks: { database: { ok: true }, storage: { ok: false, problem: "failed" } },
    });
    expect(text).not.toContain(blocker);
    expect(text).not.toContain(process.env.DATABASE_URL!);
    expect(text).not.toMatch(/postgres|password|ENOTDIR|EEXIST/i);
  });
});
