import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import type { TStorage } from "@/lib/storage/types";
import { assertStorageKey } from "@/lib/storage/keys";
import { hashingPassThrough } from "@/lib/backup/checksum";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, evidenceFile, tableFile, type TManifest } from "@/lib/backup/manifest";
import { readPendingJobs } from "@/lib/backup/pending-jobs";
import { listStoredObjects, type TStoredObjectRef } from "@/lib/backup/stored-objects";
import { listTablesInDependencyOrder, quoteIdent } from "@/lib/backup/tables";
import { StorageObjectNotFoundError } from "@/lib/storage/types";

type TOptions = {
  databaseUrl: string;
  storage: TStorage;
  /** The finished backup's folder; must not exist yet. */
  outDir: string;
  /** Called once the snapshot is taken (tests write meanwhile to prove they are not in it). */
  afterSnapshot?: () => Promise<void>;
  log?: (line: string) => void;
};

/**
 * Writes the database and every stored file it names as one consistent backup. Every table is
 * read in one REPEATABLE READ transaction (one snapshot, while the app keeps running); the files
 * are those the snapshot's rows name (STORAGE_KEY_COLUMNS: bukti dukung and rencana aksi files,
 * agency logos, photos of the public page). A stored file is never changed once written, so
 * copying after the snapshot still gives the snapshot's files; one removed meanwhile (a logo
 * replaced, a photo deleted) fails the backup, to be run again.
 */
export async function createBackup(options: TOptions): Promise<TManifest> {
  const { outDir } = options;
  if (fs.existsSync(outDir)) throw new Error(`${outDir} already exists`);
  // Written under another name and renamed when complete: a half backup never looks like one.
  const partial = `${outDir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(path.join(partial, "database"), { recursive: true });
  try {
    const manifest = await writeBackup(options, partial);
    fs.renameSync(partial, outDir);
    return manifest;
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

async function writeBackup({ databaseUrl, storage, afterSnapshot, log = () => {} }: TOptions, partial: string): Promise<TManifest> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let objects: TStoredObjectRef[];
  let jobs: TManifest["jobs"];
  let migrations: string[];
  const tables: TManifest["tables"] = [];
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // The snapshot is fixed by the first query of the transaction.
    const applied = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    migrations = applied.rows.map((r) => r.migration_name);
    await afterSnapshot?.();
    for (const table of await listTablesInDependencyOrder(client)) {
      tables.push(await dumpTable(client, partial, table.name, table.columns));
      log(`table ${table.name}: ${tables.at(-1)!.rows} rows`);
    }
    objects = await listStoredObjects(client);
    jobs = await readPendingJobs(client);
    log(`jobs waiting: ${jobs.length}`);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }

  const files: TManifest["files"] = [];
  for (const object of objects) files.push(await copyStoredFile(storage, partial, object));
  log(`files: ${files.length}`);
  const manifest: TManifest = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, createdAt: new Date().toISOString(), migrations, tables, files, jobs };
  fs.writeFileSync(path.join(partial, "manifest.json"), JSON.stringify(manifest, null, 2));
  return manifest;
}

async function dumpTable(client: pg.Client, dir: string, name: string, columns: string[]): Promise<TManifest["tables"][number]> {
  const file = tableFile(name);
  const hashing = hashingPassThrough();
  const copy = client.query(copyTo(`COPY ${quoteIdent(name)} (${columns.map(quoteIdent).join(", ")}) TO STDOUT`));
  await pipeline(copy, createGzip(), hashing.stream, fs.createWriteStream(path.join(dir, file), { flags: "wx" }));
  return { name, columns, rows: copy.rowCount, file, sha256: hashing.digest() };
}

/** Copies one stored file; where the database holds its SHA-256 and size, checks it is that file. */
async function copyStoredFile(storage: TStorage, dir: string, object: TStoredObjectRef): Promise<TManifest["files"][number]> {
  const target = path.join(dir, evidenceFile(assertStorageKey(object.key)));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const hashing = hashingPassThrough();
  const stored = await storage.get(object.key).catch((error: unknown) => {
    if (!(error instanceof StorageObjectNotFoundError)) throw error;
    throw new Error(`stored file ${object.key} (${object.source}) is missing: removed since the snapshot (a logo or photo replaced or deleted while the backup ran: run it again) or lost from storage`);
  });
  await pipeline(stored.stream, hashing.stream, fs.createWriteStream(target, { flags: "wx" }));
  const copied = { key: object.key, source: object.source, sha256: hashing.digest(), size: hashing.bytes() };
  if (object.expected && (copied.sha256 !== object.expected.sha256 || copied.size !== object.expected.size)) {
    throw new Error(`stored file ${object.key} does not match its database record (SHA-256 or size differs): the backup is not written`);
  }
  return copied;
}
