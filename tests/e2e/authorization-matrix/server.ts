import { spawn } from "node:child_process";
import pg from "pg";
import { freePort, startEmbeddedPostgres } from "../../../scripts/lib/embedded-db.mjs";

// The matrix runs against its own server (the production build, `scripts/app.mjs`) on its own
// throwaway database: its allowed writes must not disturb the other browser tests, and it reads
// the database directly to prove that refused calls wrote nothing.

export type TMatrixServer = { baseUrl: string; db: pg.Pool; log: () => string; stop: () => Promise<void> };

export async function startMatrixServer(): Promise<TMatrixServer> {
  const database = await startEmbeddedPostgres({ ephemeral: true, database: "matrix" });
  const port = await freePort();
  // Its own process group, so stopping it ends the Next.js server it starts too.
  const app = spawn(process.execPath, ["scripts/app.mjs", "--ephemeral", "--port", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
    env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: "development" },
  });
  // The server's errors (refused sign-ins log theirs) are kept for a failing test's report.
  let log = "";
  app.stderr!.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const db = new pg.Pool({ connectionString: database.url, max: 4 });
  db.on("error", () => undefined); // an idle connection closed while stopping
  const stop = async () => {
    await db.end();
    try {
      process.kill(-app.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    await database.stop();
  };
  for (let i = 0; i < 600; i++) {
    if (app.exitCode !== null) break;
    try {
      if ((await fetch(`${baseUrl}/masuk`)).ok) return { baseUrl, db, log: () => log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the matrix's server did not start:\n${log}`);
}
