// A database that cannot be reached (stopped, restarting, failing over, out of connections) is
// not a bug in the request: the user is told to try again and the failure is logged as a warning.

const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// P1001 can't reach, P1002 timed out, P1008 operation timed out, P1017 connection closed,
// P2024 no connection from the pool in time.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);
// SQLSTATE 08xxx connection exception, 57P01-57P03 shutdown / cannot connect now.
const PG_STATES = /^(08|57P0[1-3])/;
// node-postgres' own messages when a connection dies under a running query or transaction.
const PG_MESSAGES = /Connection terminated|not queryable|Client was closed/i;

type TMaybeError = {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
};

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const current = queue.shift() as TMaybeError | undefined;
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const code = typeof current.code === "string" ? current.code : "";
    if (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || PG_STATES.test(code)) return true;
    if (typeof current.kind === "string" && UNREACHABLE_KINDS.has(current.kind)) return true;
    if (typeof current.message === "string" && PG_MESSAGES.test(current.message)) return true;
    queue.push(current.cause, current.meta?.driverAdapterError, current.meta?.driverAdapterError?.cause);
  }
  return false;
}
