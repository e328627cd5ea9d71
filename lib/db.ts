import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

// One client and one connection pool per process; dev reloads would otherwise open a new pool on
// every change. Prisma and sqlQuery (below) share the pool.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pool?: pg.Pool };

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
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 15_000, allowExitOnIdle: true });
  // An idle connection the database drops emits "error" on the pool: logged, never a crash.
  const onPoolError = (err: Error) => logger.warn({ err: connectionError(err) }, "database connection lost");
  pool.on("error", onPoolError);
  // $disconnect ends the pool (tests drop their database after it); sqlQuery then starts anew.
  const adapter = new PrismaPg(pool, { onPoolError, disposeExternalPool: true, ...(PREPARED ? { statementNameGenerator: preparedStatementName } : {}) });
  globalForPrisma.pool = pool;
  globalForPrisma.prisma = new PrismaClient({ adapter, transactionOptions: { maxWait: 60_000, timeout: 60_000 } });
  return globalForPrisma.prisma;
}

const PREPARED = process.env.DATABASE_PREPARED_STATEMENTS !== "off";

// PostgreSQL parses, analyses and plans every statement it gets by text; a named (prepared)
// statement is parsed once per connection, and after five runs PostgreSQL may keep one plan for
// any values (a "generic" plan) when it costs no more than planning each run: together most of the
// database's work on a save (measured: 4.9 -> 2.1 ms of PostgreSQL CPU per save).
// A statement with LIKE stays unnamed, so it is planned for its values every time: a generic plan
// cannot use the index for a parameter prefix (a unit subtree, path LIKE 'prefix%'), and a plan
// kept from small scopes would misjudge an agency-wide one.
// Names come from the statement's text; only the first PREPARED_STATEMENTS_MAX distinct texts get
// one, so statements built with varying lists cannot grow the per-connection cache without bound.
// DATABASE_PREPARED_STATEMENTS=off turns this off (a pooler in transaction mode that does not
// carry prepared statements, e.g. PgBouncer before 1.21). A statement without parameters stays unnamed: it goes as a simple query, which may hold several
// commands (a prepared statement may not).
const PREPARED_STATEMENTS_MAX = 1000;
const statementNames = new Map<string, string>();
const PLANNED_PER_VALUE = /\bI?LIKE\b/i;

/** The error without its connection object (which holds the prepared statements' texts). */
function connectionError(err: Error & { code?: string }) {
  return { type: err.name, message: err.message, code: err.code };
}

/** A statement's name, or "" (the protocol's unnamed statement: parsed each time) past the limit. */
function preparedStatementName(query: { sql: string; args: unknown[] }): string {
  if (query.args.length === 0 || PLANNED_PER_VALUE.test(query.sql)) return "";
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

/**
 * Runs one statement on the pool directly, past Prisma's query engine, whose own work on a
 * statement (arguments, result rows, promises) was about a tenth of a save's server time. Only for
 * the statements every request or save runs: the session read, a save's read and its write. Rows
 * come back typed as from $queryRaw (numeric as Decimal, bigint, timestamps in UTC); dates are
 * sent in UTC. Not inside a Prisma transaction: it takes its own connection.
 */
export async function sqlQuery<T>(sql: Prisma.Sql): Promise<T[]> {
  client();
  const pool = globalForPrisma.pool!;
  if (pool.ending || pool.ended) {
    // Prisma was disconnected (and ended the pool): a fresh client and pool.
    await globalForPrisma.prisma?.$disconnect();
    globalForPrisma.prisma = undefined;
    return sqlQuery(sql);
  }
  const values = sql.values.map((value) => (value instanceof Date ? value.toISOString() : value));
  const name = PREPARED ? preparedStatementName({ sql: sql.text, args: values }) : "";
  const result = await pool.query({ ...(name ? { name } : {}), text: sql.text, values, types: RAW_QUERY_TYPES });
  return result.rows as T[];
}

// As Prisma's $queryRaw returns them; everything else as node-postgres parses it.
const RAW_QUERY_PARSERS: Record<number, (text: string) => unknown> = {
  [pg.types.builtins.NUMERIC]: (text) => new Prisma.Decimal(text),
  [pg.types.builtins.INT8]: (text) => BigInt(text),
  [pg.types.builtins.TIMESTAMP]: (text) => new Date(`${text.replace(" ", "T")}Z`),
  [pg.types.builtins.DATE]: (text) => new Date(`${text}T00:00:00Z`),
};
const RAW_QUERY_TYPES = {
  getTypeParser: ((oid: number, format?: string) =>
    (format ?? "text") === "text" && RAW_QUERY_PARSERS[oid] ? RAW_QUERY_PARSERS[oid] : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};
