import type pg from "pg";
import { quoteIdent } from "@/lib/backup/tables";

/**
 * Every column that names an object in storage (lib/storage). The backup copies exactly the
 * objects these columns name in its snapshot, so a new column that stores files belongs here:
 * lib/backup/stored-objects.test.ts fails for a `...Key` field of schema.prisma that is in neither
 * this list nor its list of keys that are not storage keys, and tests/integration/backup-restore
 * fails when an object in storage is missing from a backup.
 */
export const STORAGE_KEY_COLUMNS: readonly TStorageKeyColumn[] = [
  // Bukti dukung and rencana aksi files; the database holds each one's SHA-256 and size.
  { table: "EvidenceBlob", column: "storageKey", checksum: { sha256: "sha256", size: "size" } },
  { table: "AgencyDocumentSettings", column: "logoKey" },
  { table: "PublicServiceEntry", column: "photoKey" },
];

export type TStorageKeyColumn = { table: string; column: string; checksum?: { sha256: string; size: string } };

/** An object a backup copies; `expected` when the database knows its content (checked on copy). */
export type TStoredObjectRef = { key: string; source: string; expected?: { sha256: string; size: number } };

/** The objects the rows of the client's current snapshot name, each key once, ordered by key. */
export async function listStoredObjects(client: pg.ClientBase): Promise<TStoredObjectRef[]> {
  const byKey = new Map<string, TStoredObjectRef>();
  for (const { table, column, checksum } of STORAGE_KEY_COLUMNS) {
    const extra = checksum ? `, ${quoteIdent(checksum.sha256)} AS sha256, ${quoteIdent(checksum.size)}::text AS size` : "";
    const rows = await client.query<{ key: string; sha256?: string; size?: string }>(
      `SELECT ${quoteIdent(column)} AS key${extra} FROM ${quoteIdent(table)} WHERE ${quoteIdent(column)} IS NOT NULL`,
    );
    for (const row of rows.rows) {
      const expected = row.sha256 !== undefined ? { sha256: row.sha256, size: Number(row.size) } : undefined;
      byKey.set(row.key, { key: row.key, source: `${table}.${column}`, expected });
    }
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
