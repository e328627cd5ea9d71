// One real PostgreSQL for the whole Vitest run: embedded and throwaway. The template database
// (migrated, shipped catalogue loaded) is prepared once; each test file clones it (setup-env.ts).
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-db.mjs";
import { prepareTemplate } from "./test-databases";

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
