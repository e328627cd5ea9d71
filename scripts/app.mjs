// One command: database -> migrations -> catalogue (+ demo data) -> build if stale -> next start.
//   node scripts/app.mjs [--ephemeral] [--port N] [--dev]
// Without DATABASE_URL it runs the embedded PostgreSQL in .data/pg (--ephemeral: a throwaway one)
// and prepares it (npm run migrate). With DATABASE_URL an instance only starts: migrations run
// once per deploy (`npm run migrate`), never by each of several instances.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-db.mjs";
import { migrateAndSeed, pendingMigrations } from "./lib/prepare-database.mjs";
import { buildIsStale } from "./lib/build-stale.mjs";
import { resolveAuthSecret } from "./lib/auth-secret.mjs";
import { startMailCatcher } from "./lib/mail-catcher.mjs";

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const port = option("--port") ?? process.env.PORT ?? "3000";
const dev = args.includes("--dev");
const production = process.env.NODE_ENV === "production";
const started = Date.now();

const ephemeral = args.includes("--ephemeral");
let authSecret;
try {
  authSecret = resolveAuthSecret({ production, ephemeral });
} catch (error) {
  console.error(`[app] ${error.message}`);
  process.exit(1);
}

// The persistent database keeps one port so other tools (npm run db:seed) can find it.
const embedded = process.env.DATABASE_URL
  ? null
  : await startEmbeddedPostgres({ ephemeral, port: ephemeral ? undefined : Number(process.env.EMBEDDED_PG_PORT ?? 54329) });
const databaseUrl = process.env.DATABASE_URL ?? embedded.url;
// A throwaway run keeps its files out of the real data folder, seeded demo files included (the
// seed writes them where the app will read them).
const throwawayStorage = ephemeral && !process.env.STORAGE_DIR ? { STORAGE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "zi-files-")) } : {};
if (embedded) {
  console.log(`[app] embedded PostgreSQL ready (${embedded.dir})`);
  await migrateAndSeed(databaseUrl, { demo: !production, env: { ...process.env, ...throwawayStorage } }).catch(async (error) => {
    console.error(`[app] ${error.message}`);
    await exit(1);
  });
} else {
  const pending = await pendingMigrations(databaseUrl).catch((error) => {
    console.error(`[app] cannot reach the database (DATABASE_URL): ${error.code ?? error.message}`);
    process.exit(1);
  });
  if (pending.length) {
    console.error(`[app] the database lacks migrations ${pending.join(", ")}: run \`npm run migrate\` once for this deploy, then start the instances.`);
    process.exit(1);
  }
}

// Without SMTP_URL, outside production, mail goes to a local catcher that writes .eml files.
const mail = process.env.SMTP_URL || production
  ? null
  : await startMailCatcher(process.env.MAIL_DIR ?? (ephemeral ? fs.mkdtempSync(path.join(os.tmpdir(), "zi-mail-")) : path.resolve(".data/mail")));
if (mail) console.log(`[app] emails are written to ${mail.dir} (no SMTP_URL set)`);

const env = {
  ...process.env,
  ...(mail ? { SMTP_URL: mail.url } : {}),
  APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
  ...throwawayStorage,
  DATABASE_URL: databaseUrl,
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: authSecret,
  AUTH_TRUST_HOST: "true",
};
const next = path.resolve("node_modules/next/dist/bin/next");
if (!dev && buildIsStale()) {
  console.log("[app] building (sources changed since the last build)...");
  const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
  if (build.status !== 0) await exit(build.status ?? 1);
}
// Next.js behind scripts/serve.mjs, which decides the client's address (TRUSTED_PROXY_HOPS).
const server = spawn(process.execPath, ["scripts/serve.mjs", "--port", port, ...(dev ? ["--dev"] : [])], { stdio: "inherit", env });
console.log(`[app] ready in ${((Date.now() - started) / 1000).toFixed(1)} s: http://localhost:${port}`);

async function exit(code) {
  await mail?.stop();
  await embedded?.stop();
  process.exit(code);
}
const stop = async () => {
  server.kill("SIGTERM");
  await exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => exit(code ?? 0));
