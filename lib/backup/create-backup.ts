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
import { listTablesInDependencyOrder, quoteIdent } from "@/lib/backup/tables";

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
 * Writes the database and the bukti dukung files as one consistent backup. Every table is read
 * in one REPEATABLE READ transaction (one snapshot, while the app keeps running); the files are
 * those of the EvidenceBlob rows in that snapshot. A stored file is never changed or removed once
 * its row is committed, so copying them after the snapshot still gives the snapshot's files.
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
  let manifest: TManifest;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // The snapshot is fixed by the first query of the transaction.
    const migrations = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    await afterSnapshot?.();
    const tables: TManifest["tables"] = [];
    for (const table of await listTablesInDependencyOrder(client)) {
      tables.push(await dumpTable(client, partial, table.name, table.columns));
      log(`table ${table.name}: ${tables.at(-1)!.rows} rows`);
    }
    const blobs = await client.query<{ storageKey: string; sha256: string; size: string }>(
      `SELECT "storageKey", sha256, size::text FROM "EvidenceBlob" ORDER BY "storageKey"`,
    );
    await client.query("COMMIT");
    manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      migrations: migrations.rows.map((r) => r.migration_name),
      tables,
      files: blobs.rows.map((b) => ({ key: b.storageKey, sha256: b.sha256, size: Number(b.size) })),
    };
  } finally {
    await client.end();
  }

  for (const file of manifest.files) await copyEvidenceFile(storage, partial, file);
  log(`files: ${manifest.files.length}`);
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

/** Copies one stored file and checks it is the file the database describes. */
async function copyEvidenceFile(storage: TStorage, dir: string, file: TManifest["files"][number]) {
  const target = path.join(dir, evidenceFile(assertStorageKey(file.key)));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const hashing = hashingPassThrough();
  const stored = await storage.get(file.key);
  await pipeline(stored.stream, hashing.stream, fs.createWriteStream(target, { flags: "wx" }));
  if (hashing.digest() !== file.sha256 || hashing.bytes() !== file.size) {
    throw new Error(`stored file ${file.key} does not match its database record (SHA-256 or size differs): the backup is not written`);
  }
}
