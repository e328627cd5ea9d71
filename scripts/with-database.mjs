// Runs a command against DATABASE_URL, or against the embedded PostgreSQL in .data/pg when unset.
//   node scripts/with-database.mjs tsx scripts/recompute-scores.ts
import { spawnSync } from "node:child_process";
import { startEmbeddedPostgres } from "./lib/embedded-db.mjs";
import { applyMigrations } from "./lib/migrate.mjs";

const [command, ...args] = process.argv.slice(2);
const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ port: Number(process.env.EMBEDDED_PG_PORT ?? 54329) });
const url = process.env.DATABASE_URL ?? embedded.url;
await applyMigrations(url);
const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url }, shell: false });
await embedded?.stop();
process.exit(result.status ?? 1);
