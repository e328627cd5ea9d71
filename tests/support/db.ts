import { prisma } from "@/lib/db";
import { BASELINE_SCHEMA } from "@/tests/support/test-databases";

// The shipped catalogue is immutable and already in the file's database (cloned from the
// template): keep it and empty everything else. One transaction, one round trip.
const CATALOGUE_TABLES = new Set(["CatalogueVersion", "CatalogueNode", "CatalogueItem"]);

let resetSql: string | undefined;

async function buildResetSql(): Promise<string> {
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const emptied = tables.map((t) => t.tablename).filter((name) => !CATALOGUE_TABLES.has(name));
  const sequences = await prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`;
  const keptVersion = `SELECT id FROM ${BASELINE_SCHEMA}."CatalogueVersion"`;
  return [
    "BEGIN",
    // Replica mode skips triggers, foreign-key checks included: rows go in any order, and the
    // append-only trigger of AuditEvent (which TRUNCATE skipped before) stays out of the way.
    "SET LOCAL session_replication_role = replica",
    ...emptied.map((name) => `DELETE FROM "${name}"`),
    // Versions a test imported go; the template's stay, with their nodes and items.
    `DELETE FROM "CatalogueItem" WHERE "versionId" NOT IN (${keptVersion})`,
    `DELETE FROM "CatalogueNode" WHERE "versionId" NOT IN (${keptVersion})`,
    `DELETE FROM "CatalogueVersion" WHERE id NOT IN (${keptVersion})`,
    `INSERT INTO "AuditEvent" SELECT * FROM ${BASELINE_SCHEMA}."AuditEvent"`,
    ...sequences.map(
      (s) => `SELECT setval(pg_get_serial_sequence('"${s.table_name}"', '${s.column_name}'), COALESCE((SELECT max("${s.column_name}") FROM "${s.table_name}"), 0) + 1, false)`,
    ),
    "COMMIT",
  ].join(";\n");
}

/** Back to the template's state: the shipped catalogue and its import event, nothing else. */
export async function resetDatabase() {
  resetSql ??= await buildResetSql();
  await prisma.$executeRawUnsafe(resetSql);
}

/**
 * Empties every table, the catalogue included (the audit trigger does not fire on TRUNCATE): for
 * tests that prove the catalogue gets loaded, rather than finding it there.
 */
export async function emptyDatabase() {
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  await prisma.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"public"."${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
}
