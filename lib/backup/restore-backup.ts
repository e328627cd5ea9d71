import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { applyMigrations } from "@/scripts/lib/migrate.mjs";
import { shippedMigrations } from "@/scripts/lib/prepare-database.mjs";
import type { TStorage } from "@/lib/storage/types";
import { assertStorageKey } from "@/lib/storage/keys";
import { sha256OfFile } from "@/lib/backup/checksum";
import { requeueJobs } from "@/lib/backup/pending-jobs";
import { evidenceFile, ZManifest, type TManifest } from "@/lib/backup/manifest";
import { listSequenceColumns, quoteIdent } from "@/lib/backup/tables";

type TOptions = { databaseUrl: string; storage: TStorage; dir: string; log?: (line: string) => void };

/**
 * Brings a backup into an empty installation: checks every part against the manifest first
 * (nothing is written from a damaged backup), migrates the empty database to the backup's level,
 * puts the files into the configured storage, loads every table in one transaction, moves the
 * id sequences past the data, applies the migrations this version added since, and puts the jobs
 * that were waiting back on the queue.
 */
export async function restoreBackup({ databaseUrl, storage, dir, log = () => {} }: TOptions) {
  const manifest = readManifest(dir);
  await verifyBackup(dir, manifest);
  log(`backup verified: ${manifest.tables.length} tables, ${manifest.files.length} files`);
  const unknown = manifest.migrations.filter((name) => !shippedMigrations().includes(name));
  if (unknown.length) throw new Error(`the backup comes from a newer version of the app (migrations ${unknown.join(", ")}); restore it with that version`);
  await assertEmpty(databaseUrl, manifest);

  await applyMigrations(databaseUrl, { only: manifest.migrations });
  for (const file of manifest.files) {
    await storage.put(file.key, fs.createReadStream(path.join(dir, evidenceFile(file.key))), { contentType: "application/octet-stream" });
  }
  log(`files restored: ${manifest.files.length}`);
  await loadTables(databaseUrl, dir, manifest);
  log(`rows restored: ${manifest.tables.reduce((sum, t) => sum + t.rows, 0)}`);
  const later = await applyMigrations(databaseUrl);
  if (later.length) log(`migrations since the backup: ${later.join(", ")}`);
  await requeueJobs(databaseUrl, manifest.jobs ?? []);
  log(`jobs enqueued again: ${manifest.jobs?.length ?? 0}`);
  return manifest;
}

export function readManifest(dir: string): TManifest {
  const file = path.join(dir, "manifest.json");
  if (!fs.existsSync(file)) throw new Error(`${dir} is not a backup: manifest.json is missing`);
  const parsed = ZManifest.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`manifest.json is not a backup manifest of this format: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** Every table file and every evidence file is present and has the SHA-256 the manifest names. */
export async function verifyBackup(dir: string, manifest: TManifest) {
  const parts = [
    ...manifest.tables.map((t) => ({ file: t.file, sha256: t.sha256 })),
    ...manifest.files.map((f) => ({ file: evidenceFile(assertStorageKey(f.key)), sha256: f.sha256 })),
  ];
  for (const part of parts) {
    const full = path.join(dir, part.file);
    if (!fs.existsSync(full)) throw new Error(`backup damaged: ${part.file} is missing`);
    if ((await sha256OfFile(full)) !== part.sha256) throw new Error(`backup damaged: ${part.file} does not match its SHA-256`);
  }
}

/** A restore never merges into live data: no rows, and no migration past the backup's. */
async function assertEmpty(databaseUrl: string, manifest: TManifest) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    for (const { tablename } of tables.rows) {
      if (tablename === "_prisma_migrations") {
        const applied = await client.query<{ migration_name: string }>(`SELECT migration_name FROM _prisma_migrations`);
        const beyond = applied.rows.map((r) => r.migration_name).filter((name) => !manifest.migrations.includes(name));
        if (beyond.length) throw new Error(`the database is not empty (migrations ${beyond.join(", ")} already applied); restore into a new, empty database`);
        continue;
      }
      const rows = await client.query(`SELECT 1 FROM ${quoteIdent(tablename)} LIMIT 1`);
      if (rows.rowCount) throw new Error(`the database is not empty (table ${tablename} has rows); restore into a new, empty database`);
    }
  } finally {
    await client.end();
  }
}

async function loadTables(databaseUrl: string, dir: string, manifest: TManifest) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const table of manifest.tables) {
      const copy = client.query(copyFrom(`COPY ${quoteIdent(table.name)} (${table.columns.map(quoteIdent).join(", ")}) FROM STDIN`));
      await pipeline(fs.createReadStream(path.join(dir, table.file)), createGunzip(), copy);
      if (copy.rowCount !== table.rows) throw new Error(`table ${table.name}: loaded ${copy.rowCount} rows, the backup holds ${table.rows}`);
    }
    for (const { table, column } of await listSequenceColumns(client)) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${quoteIdent(column)}) FROM ${quoteIdent(table)}), 0) + 1, false)`,
        [quoteIdent(table), column],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
