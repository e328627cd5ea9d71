// Database chores that work offline (applying migrations: scripts/migrate.mjs, `npm run migrate`).
//   node scripts/db.mjs new-migration NAME   diff schema.prisma against the migrations; write a new one
import fs from "node:fs";
import { readMigrations, loadEngine } from "./lib/migrate-wasm.mjs";

const [command, name] = process.argv.slice(2);

if (command === "new-migration") {
  // Replay existing migrations into a throwaway in-memory PGlite, then diff against the schema.
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const db = await PGlite.create("memory://");
  const { engine, schema } = await loadEngine("prisma/schema.prisma", new PrismaPGlite(db));
  const filters = { externalTables: [], externalEnums: [] };
  await engine.applyMigrations({ migrationsList: readMigrations("prisma/migrations"), filters });
  const out = await engine.diff({
    from: { tag: "schemaDatasource", ...schema, configDir: process.cwd() },
    to: { tag: "schemaDatamodel", ...schema },
    script: true, shadowDatabaseUrl: null, exitCode: null, filters,
  });
  if (out.stdout.includes("empty migration")) {
    console.log("no changes");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = `prisma/migrations/${stamp}_${name ?? "migration"}`;
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(`${dir}/migration.sql`, out.stdout);
    const lock = "prisma/migrations/migration_lock.toml";
    if (!fs.existsSync(lock)) fs.writeFileSync(lock, 'provider = "postgresql"\n');
    console.log(`wrote ${dir}/migration.sql`);
  }
  await db.close();
} else {
  console.error("usage: node scripts/db.mjs new-migration NAME");
  process.exit(2);
}
