import { z } from "zod";

// The backup format (README "Backups"): one folder, written under a temporary name and renamed
// when complete.
//   manifest.json            this file: what is inside and the SHA-256 of every part, and the
//                            jobs waiting in the queue
//   database/<Table>.copy.gz  the table's rows, PostgreSQL COPY text format, gzip
//   files/<storage key>      every stored file the database names (stored-objects.ts), as stored;
//                            a bukti dukung file's SHA-256 is the one the database holds for it

export const BACKUP_FORMAT = "zi-backup";
export const BACKUP_FORMAT_VERSION = 1;

const ZSha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const ZManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  /** Migrations applied to the database at the snapshot, in order. */
  migrations: z.array(z.string().min(1)),
  /** In load order: parents before children. */
  tables: z.array(z.object({ name: z.string().min(1), columns: z.array(z.string().min(1)).min(1), rows: z.number().int().min(0), file: z.string(), sha256: ZSha256 })),
  /** `source`: the column naming it ("PublicServiceEntry.photoKey"); absent in older backups. */
  files: z.array(z.object({ key: z.string().min(1), source: z.string().optional(), size: z.number().int().min(0), sha256: ZSha256 })),
  /** Jobs waiting in the queue at the snapshot (pending-jobs.ts); absent in older backups. */
  jobs: z.array(z.object({
    task: z.string().min(1), payload: z.unknown(), runAt: z.iso.datetime(), maxAttempts: z.number().int().min(1),
    key: z.string().nullable(), priority: z.number().int(), queueName: z.string().nullable(),
  })).optional(),
});

export type TManifest = z.infer<typeof ZManifest>;

export const tableFile = (table: string) => `database/${table}.copy.gz`;
export const evidenceFile = (key: string) => `files/${key}`;
