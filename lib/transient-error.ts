// Failures that say "not now" rather than "no": the database was busy or the connection dropped,
// and the transaction did not commit. Anything else stays an unexpected error.

// Prisma: cannot reach / timed out / connection closed / pool timeout / transaction could not
// start or expired / write conflict or deadlock / too many connections.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034", "P2037"]);
// Prisma's driver adapter, which raw queries report under P2010 with the adapter's error inside.
const ADAPTER_KINDS = new Set(["TransactionWriteConflict", "TooManyConnections", "ConnectionClosed", "DatabaseNotReachable", "SocketTimeout"]);
// PostgreSQL SQLSTATE: serialization failure, deadlock, too many connections, shutdown, connection lost.
const POSTGRES_CODES = new Set(["40001", "40P01", "53300", "57P01", "57P02", "57P03", "08000", "08003", "08006"]);
// Node sockets.
const SOCKET_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT"]);

type TErrorLike = { code?: unknown; originalCode?: unknown; kind?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

/** True when the error, or one it was caused by, is a transient database or connection failure. */
export function isTransientDatabaseError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, originalCode, kind, cause, meta } = error as TErrorLike;
  if (typeof code === "string" && (PRISMA_CODES.has(code) || POSTGRES_CODES.has(code) || SOCKET_CODES.has(code))) return true;
  if (typeof originalCode === "string" && (POSTGRES_CODES.has(originalCode) || SOCKET_CODES.has(originalCode))) return true;
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  return isTransientDatabaseError(cause, depth + 1) || isTransientDatabaseError(meta?.driverAdapterError, depth + 1);
}
