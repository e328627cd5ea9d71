import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import type { TStorage } from "@/lib/storage/types";
import { createS3Storage } from "@/lib/storage/s3-storage";
import type { TLocalS3 } from "@/tests/support/s3-server";
import { withClient } from "@/tests/support/sql";

// For the backup and restore tests: the real npm commands, throwaway databases on the test
// server, and whole-table comparisons.

/**
 * Runs `npm run <script> -- <args>` as an operator would, with extra environment. Asynchronous:
 * the local S3 server lives in this process and must keep answering meanwhile.
 */
export function runNpm(script: string, args: string[], env: Record<string, string | undefined>): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], { env: { ...process.env, ...env } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGTERM"), 120_000);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

/** A new database on the same server with nothing in it, as an operator would create. */
export async function createEmptyDatabase(sameServerAs: string, name: string): Promise<string> {
  const admin = new URL(sameServerAs);
  admin.pathname = "/postgres";
  await withClient(admin.toString(), (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(sameServerAs);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Every row of every app table, as text sorted per table: two databases compare with toEqual. */
export async function tableContents(url: string): Promise<Record<string, string[]>> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
    );
    const out: Record<string, string[]> = {};
    for (const { tablename } of tables.rows) {
      const rows = await client.query<{ row: string }>(`SELECT t::text AS row FROM "${tablename}" t ORDER BY 1`);
      out[tablename] = rows.rows.map((r) => r.row);
    }
    return out;
  });
}

export function s3StorageOf(s3: TLocalS3): TStorage {
  return createS3Storage({ endpoint: s3.endpoint, bucket: s3.bucket, region: "us-east-1", accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey, forcePathStyle: true });
}

export function s3Env(s3: TLocalS3): Record<string, string> {
  return {
    STORAGE_DRIVER: "s3", S3_ENDPOINT: s3.endpoint, S3_BUCKET: s3.bucket, S3_REGION: "us-east-1",
    S3_ACCESS_KEY_ID: s3.accessKeyId, S3_SECRET_ACCESS_KEY: s3.secretAccessKey, S3_FORCE_PATH_STYLE: "true",
  };
}

export async function sha256Of(storage: TStorage, key: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of (await storage.get(key)).stream) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
