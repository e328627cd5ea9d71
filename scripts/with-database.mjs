// Runs a command against DATABASE_URL, or against the embedded PostgreSQL in .data/pg when unset
// (the running one if `npm run app` serves it). Applies pending migrations first unless --no-migrate.
//   node scripts/with-database.mjs [--no-migrate] tsx scripts/recompute-scores.ts
import { spawnSync } from "node:child_process";
import { useEmbeddedPostgres } from "./lib/embedded-db.mjs";
import { applyMigrations } from "./lib/migrate.mjs";

const args = process.argv.slice(2);
const migrate = args[0] !== "--no-migrate";
const [command, ...rest] = migrate ? args : args.slice(1);
const embedded = process.env.DATABASE_URL ? null : await useEmbeddedPostgres();
const url = process.env.DATABASE_URL ?? embedded.url;
if (migrate) await applyMigrations(url);
const result = spawnSync(command, rest, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url }, shell: false });
await embedded?.stop();
process.exit(result.status ?? 1);
