import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort, startEmbeddedPostgres } from "@/scripts/lib/embedded-db.mjs";
import { applyMigrations } from "@/scripts/lib/migrate.mjs";

/** A throwaway embedded PostgreSQL, migrated; DATABASE_URL points at it for this process. */
export async function startBenchDatabase() {
  const db = await startEmbeddedPostgres({ ephemeral: true, database: "bench" });
  await applyMigrations(db.url);
  process.env.DATABASE_URL = db.url;
  return db;
}

/** The production build served by `next start`, as users get it. */
export async function startAppServer(databaseUrl: string): Promise<{ baseUrl: string; stop: () => void }> {
  const next = path.resolve("node_modules/next/dist/bin/next");
  const built = spawnSync(process.execPath, ["scripts/build-if-stale.mjs"], { stdio: "inherit" });
  if (built.status !== 0) throw new Error("build failed");
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [next, "start", "-p", String(port)], {
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: "bench-secret-0123456789abcdef0123456789", AUTH_TRUST_HOST: "true", NODE_ENV: "production" },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${baseUrl}/masuk`)).ok) return { baseUrl, stop: () => child.kill("SIGTERM") };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGTERM");
  throw new Error("server did not start");
}
