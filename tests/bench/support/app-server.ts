import { startEmbeddedPostgres } from "@/scripts/lib/embedded-db.mjs";
import { applyMigrations } from "@/scripts/lib/migrate.mjs";
import { startMeasuredAppServer } from "./measured-app-server";

/** A throwaway embedded PostgreSQL, migrated; DATABASE_URL points at it for this process. */
export async function startBenchDatabase() {
  const db = await startEmbeddedPostgres({ ephemeral: true, database: "bench" });
  await applyMigrations(db.url);
  process.env.DATABASE_URL = db.url;
  return db;
}

/** The production build served by `next start`, as users get it. */
export async function startAppServer(databaseUrl: string): Promise<{ baseUrl: string; stop: () => void }> {
  const { baseUrl, stop } = await startMeasuredAppServer(databaseUrl);
  return { baseUrl, stop };
}
