// npm run migrate [-- --demo]: apply migrations and load the shipped catalogue, once per deploy.
// Against DATABASE_URL, or the embedded PostgreSQL in .data/pg when unset. --demo adds the demo
// organisation and logins (refused when NODE_ENV=production).
import { useEmbeddedPostgres } from "./lib/embedded-db.mjs";
import { migrateAndSeed } from "./lib/prepare-database.mjs";

const demo = process.argv.includes("--demo");
const embedded = process.env.DATABASE_URL ? null : await useEmbeddedPostgres();
let code = 0;
try {
  await migrateAndSeed(process.env.DATABASE_URL ?? embedded.url, { demo });
} catch (error) {
  console.error(`[migrate] ${error instanceof Error ? error.message : error}`);
  code = 1;
} finally {
  await embedded?.stop();
}
process.exit(code);
