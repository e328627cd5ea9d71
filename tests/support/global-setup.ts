// One real PostgreSQL for the whole Vitest run: embedded, throwaway, migrated once.
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-db.mjs";
import { applyMigrations } from "../../scripts/lib/migrate.mjs";

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
