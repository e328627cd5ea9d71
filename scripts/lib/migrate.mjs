// Applies prisma/migrations through Prisma's WASM schema engine: works offline, writes the same
// _prisma_migrations table as `prisma migrate deploy`, so production may use either.
import { PrismaPg } from "@prisma/adapter-pg";
import { run } from "./migrate-wasm.mjs";
import { Logger, runMigrations as runJobQueueMigrations } from "graphile-worker";

/**
 * The pg adapter splits scripts on every ";", which breaks function bodies (the audit trigger).
 * PostgreSQL runs a multi-statement string as one implicit transaction, as the native engine does.
 */
function wholeScriptAdapter(url, opened) {
  const factory = new PrismaPg({ connectionString: url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script) => {
      await adapter.client.query(script);
    };
    opened.push(adapter);
    return adapter;
  };
  return factory;
}

const quietLogger = new Logger(() => () => {});

/**
 * @param {string} url
 * @param {{ only?: string[] }} [options] only: apply just these migrations (a restore first brings
 *   an empty database to the level of its backup).
 */
export async function applyMigrations(url, { only } = {}) {
  const opened = [];
  try {
    const result = await run("deploy", { adapterFactory: wholeScriptAdapter(url, opened), only });
    // The job queue's own schema (graphile_worker), so jobs can be enqueued in any transaction.
    await runJobQueueMigrations({ connectionString: url, logger: quietLogger });
    return result.appliedMigrationNames ?? [];
  } finally {
    // Close the engine's pool so stopping the database later does not kill live connections.
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}
