import { spawn } from "node:child_process";
import path from "node:path";
import { freePort, startEmbeddedPostgres } from "@/scripts/lib/embedded-db.mjs";
import { migrateAndSeed } from "@/scripts/lib/prepare-database.mjs";

// System tests: real app instances (the production build behind scripts/serve.mjs, as deployed) on a
// database of the test's own, so a test may stop that database, run two instances against it or
// break their storage. The build must be current (npm test builds before Playwright runs).

export const INSTANCE_AUTH_SECRET = "system-test-secret-0123456789abcdef0123456789";

export type TLogLine = { level: string; msg: string; time: string; requestId?: string; [key: string]: unknown };

export type TAppInstance = {
  baseUrl: string;
  pid: number;
  /** Every JSON log line the instance wrote to stdout so far. */
  logs: () => TLogLine[];
  stop: () => Promise<void>;
};

/** A throwaway embedded PostgreSQL, migrated, with the catalogue and the demo organisation. */
export async function startSystemDatabase() {
  const db = await startEmbeddedPostgres({ ephemeral: true, database: "system" });
  await migrateAndSeed(db.url, { demo: true, quiet: true, env: { ...process.env, NODE_ENV: "development" } });
  return db;
}

export async function startAppInstance(env: Record<string, string>): Promise<TAppInstance> {
  const port = await freePort();
  // Its own process group, so stop() ends the server and anything it forks.
  const child = spawn(process.execPath, [path.resolve("scripts/serve.mjs"), "--port", String(port)], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      AUTH_SECRET: INSTANCE_AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "info",
      ...env,
    },
  });
  const lines: TLogLine[] = [];
  let pending = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    pending += chunk.toString("utf8");
    const complete = pending.split("\n");
    pending = complete.pop() ?? "";
    for (const line of complete) {
      if (!line.startsWith("{")) continue;
      try {
        lines.push(JSON.parse(line) as TLogLine);
      } catch {
        // not a log line
      }
    }
  });
  child.stderr!.resume();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    await exited;
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${baseUrl}/masuk`)).ok) return { baseUrl, pid: child.pid!, logs: () => [...lines], stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error("the app instance did not start");
}
