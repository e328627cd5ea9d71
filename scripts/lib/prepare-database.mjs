// Once per deploy: migrations, then the shipped catalogue (and demo data on request, never in
// production). `npm run migrate` runs it; app.mjs runs it only for the embedded database.
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "./migrate.mjs";
import { readMigrations } from "./migrate-wasm.mjs";

/** @param {string} url @param {{ demo?: boolean, quiet?: boolean, env?: Record<string, string | undefined> }} options */
export async function migrateAndSeed(url, { demo = false, quiet = false, env = process.env } = {}) {
  const applied = await applyMigrations(url);
  if (!quiet) console.log(`[migrate] migrations: ${applied.length ? applied.join(", ") : "up to date"}`);
  const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
  const seed = spawnSync(process.execPath, [tsx, "--conditions=react-server", "prisma/seed.ts", ...(demo ? ["--demo"] : [])], {
    stdio: quiet ? "pipe" : "inherit",
    encoding: "utf8",
    env: { ...env, DATABASE_URL: url, NODE_ENV: env.NODE_ENV === "production" ? "production" : "development" },
  });
  if (seed.status !== 0) throw new Error(`seeding failed (exit ${seed.status})${quiet ? `:\n${seed.stdout}\n${seed.stderr}` : ""}`);
}

/** Migrations in prisma/migrations that the database has not applied yet. */
export async function pendingMigrations(url) {
  const shipped = shippedMigrations();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('public._prisma_migrations') AS t`);
    if (!table.rows[0].t) return shipped;
    const done = await client.query(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
    const applied = new Set(done.rows.map((r) => r.migration_name));
    return shipped.filter((name) => !applied.has(name));
  } finally {
    await client.end();
  }
}

/** The migrations this version of the app ships, in order. */
export function shippedMigrations() {
  return readMigrations("prisma/migrations").migrationDirectories.map((d) => d.path);
}
