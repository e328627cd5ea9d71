// A database that cannot be reached (stopped, restarting, failing over, out of connections) or is
// too busy to start a transaction in time is not a bug in the request: nothing was written, the
// user is told to try again (the browser's autosave does so with the same expected version) and
// the failure is logged as a warning.

const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// P1001 can't reach, P1002 timed out, P1008 operation timed out, P1017 connection closed,
// P2024 no connection from the pool in time.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);
// SQLSTATE 08xxx connection exception, 57P01-57P03 shutdown / cannot connect now.
const PG_STATES = /^(08|57P0[1-3])/;
// node-postgres' own messages when a connection dies under a running query or transaction, or
// when no pooled connection frees up within connectionTimeoutMillis.
const PG_MESSAGES = /Connection terminated|not queryable|Client was closed|timeout exceeded when trying to connect/i;

// Busy rather than gone: P2028 a transaction could not start (or expired) in time, P2034 write
// conflict or deadlock, P2037 too many connections; SQLSTATE serialization failure, deadlock, too
// many connections.
const BUSY_PRISMA_CODES = new Set(["P2028", "P2034", "P2037"]);
const BUSY_KINDS = new Set(["TransactionWriteConflict"]);
const BUSY_PG_STATES = new Set(["40001", "40P01", "53300"]);

type TMaybeError = {
  code?: unknown;
  originalCode?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
};

export type TDatabaseFailure = "unreachable" | "busy";

/** Why the database could not serve the request, or null when the error is something else. */
export function databaseFailure(error: unknown): TDatabaseFailure | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const current = queue.shift() as TMaybeError | undefined;
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    for (const field of [current.code, current.originalCode]) {
      const code = typeof field === "string" ? field : "";
      if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || PG_STATES.test(code)) return "unreachable";
      if (BUSY_PRISMA_CODES.has(code) || BUSY_PG_STATES.has(code)) return "busy";
    }
    if (typeof current.kind === "string" && UNREACHABLE_KINDS.has(current.kind)) return "unreachable";
    if (typeof current.kind === "string" && BUSY_KINDS.has(current.kind)) return "busy";
    if (typeof current.message === "string" && PG_MESSAGES.test(current.message)) return "unreachable";
    queue.push(current.cause, current.meta?.driverAdapterError, current.meta?.driverAdapterError?.cause);
  }
  return null;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseFailure(error) !== null;
}
