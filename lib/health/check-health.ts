import "server-only";
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { prisma } from "@/lib/db";
import { getStorage } from "@/lib/storage/get-storage";

export type TCheck = { ok: boolean; ms: number; problem?: "timeout" | "failed" };
export type THealth = { status: "ok" | "unavailable"; checks: { database: TCheck; storage: TCheck & { driver?: string } } };

const TIMEOUT_MS = 3_000;
// One probe object per instance, so instances checked at the same moment never touch each other's.
const PROBE_KEY = `health/${randomUUID()}`;

/**
 * What a load balancer asks before sending users here: can this instance reach the database
 * (SELECT 1) and write, read back and delete a tiny object in the file storage? The answer names
 * no host, bucket, path or error text.
 */
export async function checkHealth(): Promise<THealth> {
  const [database, storage] = await Promise.all([timed(checkDatabase), timed(checkStorage)]);
  const driver = safeDriver();
  return {
    status: database.ok && storage.ok ? "ok" : "unavailable",
    checks: { database, storage: driver ? { ...storage, driver } : storage },
  };
}

async function checkDatabase() {
  await prisma.$queryRaw`SELECT 1`;
}

async function checkStorage() {
  const storage = getStorage();
  const written = `probe ${new Date().toISOString()}`;
  await storage.put(PROBE_KEY, Readable.from([Buffer.from(written)]), { contentType: "text/plain" });
  const file = await storage.get(PROBE_KEY);
  const chunks: Buffer[] = [];
  for await (const chunk of file.stream) chunks.push(chunk as Buffer);
  await storage.delete(PROBE_KEY);
  if (Buffer.concat(chunks).toString() !== written) throw new Error("storage returned other bytes than written");
}

async function timed(check: () => Promise<void>): Promise<TCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), TIMEOUT_MS);
  });
  try {
    const outcome = await Promise.race([check().then(() => "ok" as const), timeout]);
    const ms = Math.round(performance.now() - started);
    return outcome === "ok" ? { ok: true, ms } : { ok: false, ms, problem: "timeout" };
  } catch {
    return { ok: false, ms: Math.round(performance.now() - started), problem: "failed" };
  } finally {
    clearTimeout(timer);
  }
}

function safeDriver(): string | undefined {
  try {
    return getStorage().driver;
  } catch {
    return undefined;
  }
}
