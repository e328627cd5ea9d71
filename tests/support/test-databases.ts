import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../../scripts/lib/migrate.mjs";

// Test databases: one template, migrated and holding the shipped catalogue, prepared once per
// run; every test file works on its own clone of it (CREATE DATABASE ... TEMPLATE copies files,
// far cheaper than migrating and importing the catalogue again).

export const TEMPLATE_DATABASE = "zi_template";

/** What resetDatabase restores: rows the template holds besides the catalogue itself. */
export const BASELINE_SCHEMA = "test_baseline";

function withDatabase(url: string, database: string) {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Migrates the template, loads the shipped catalogue (the seed without demo data), keeps a baseline. */
export async function prepareTemplate(serverUrl: string): Promise<void> {
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`));
  const url = withDatabase(serverUrl, TEMPLATE_DATABASE);
  await applyMigrations(url);
  const tsx = path.resolve("node_modules/tsx/dist/cli.mjs");
  const seed = spawnSync(process.execPath, [tsx, "--conditions=react-server", "prisma/seed.ts"], {
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "test" },
    encoding: "utf8",
  });
  if (seed.status !== 0) throw new Error(`loading the catalogue into the template failed:\n${seed.stdout}\n${seed.stderr}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The catalogue import wrote an audit event; tests start from exactly what the import leaves.
    await client.query(`
      CREATE SCHEMA ${BASELINE_SCHEMA};
      CREATE TABLE ${BASELINE_SCHEMA}."CatalogueVersion" AS SELECT id FROM "CatalogueVersion";
      CREATE TABLE ${BASELINE_SCHEMA}."AuditEvent" AS SELECT * FROM "AuditEvent";`);
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the template, for one test file. */
export async function cloneTemplate(serverUrl: string): Promise<string> {
  const name = `zi_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE} STRATEGY FILE_COPY`));
  return withDatabase(serverUrl, name);
}

export async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await onServer(url, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
