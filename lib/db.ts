import "server-only";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

// One client per process; dev reloads would otherwise open a new pool on every change.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  // A dropped connection is replaced on the next query, so the app rides out a database restart
  // without its own restart; a database that does not answer fails a request after 15 s instead of
  // holding it. Under a rush (hundreds of members saving before a deadline) requests queue for a
  // connection instead of failing: 20 connections per instance by default (size PostgreSQL's
  // max_connections for all instances), and a transaction may wait for one, and run, far longer
  // than Prisma's 2 s / 5 s defaults. Overload shows as latency, not as errors.
  const max = Number(process.env.DATABASE_POOL_MAX ?? 20);
  const adapter = new PrismaPg(
    // Prepared statements (below) are planned for their actual values every time: a plan made once
    // for any value ("generic") misjudges scoped queries such as a unit path LIKE 'prefix%'.
    { connectionString, max, connectionTimeoutMillis: 15_000, options: "-c plan_cache_mode=force_custom_plan" },
    { onPoolError: (err) => logger.warn({ err: connectionError(err) }, "database connection lost"), ...(process.env.DATABASE_PREPARED_STATEMENTS === "off" ? {} : { statementNameGenerator: preparedStatementName }) },
  );
  globalForPrisma.prisma = new PrismaClient({ adapter, transactionOptions: { maxWait: 60_000, timeout: 60_000 } });
  return globalForPrisma.prisma;
}

// PostgreSQL parses and analyses every statement it gets by text; a named (prepared) statement is
// parsed once per connection, which is a large part of the database's work on a save.
// Names come from the statement's text; only the first PREPARED_STATEMENTS_MAX distinct texts get
// one, so statements built with varying lists cannot grow the per-connection cache without bound.
// DATABASE_PREPARED_STATEMENTS=off turns this off (a pooler in transaction mode that does not
// carry prepared statements, e.g. PgBouncer before 1.21). A statement without parameters stays unnamed: it goes as a simple query, which may hold several
// commands (a prepared statement may not).
const PREPARED_STATEMENTS_MAX = 1000;
const statementNames = new Map<string, string>();

/** The error without its connection object (which holds the prepared statements' texts). */
function connectionError(err: Error & { code?: string }) {
  return { type: err.name, message: err.message, code: err.code };
}

/** A statement's name, or "" (the protocol's unnamed statement: parsed each time) past the limit. */
function preparedStatementName(query: { sql: string; args: unknown[] }): string {
  if (query.args.length === 0) return "";
  const known = statementNames.get(query.sql);
  if (known || statementNames.size >= PREPARED_STATEMENTS_MAX) return known ?? "";
  const name = `zi_${createHash("sha1").update(query.sql).digest("base64url")}`;
  statementNames.set(query.sql, name);
  return name;
}

/** Created on first use: `next build` imports this module without a database. */
export const prisma = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

export type TTransaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
