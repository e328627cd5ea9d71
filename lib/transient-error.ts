// Failures that say "not now" rather than "no": the database was busy or the connection dropped,
// and the transaction did not commit. Anything else stays an unexpected error.

// Prisma: cannot reach / timed out / connection closed / pool timeout / transaction could not
// start or expired / write conflict or deadlock.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034"]);
// PostgreSQL SQLSTATE: serialization failure, deadlock, too many connections, shutdown, connection lost.
const POSTGRES_CODES = new Set(["40001", "40P01", "53300", "57P01", "57P02", "57P03", "08000", "08003", "08006"]);
// Node sockets.
const SOCKET_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT"]);

/** True when the error, or one it was caused by, is a transient database or connection failure. */
export function isTransientDatabaseError(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth += 1) {
    const { code, originalCode, cause } = current as { code?: unknown; originalCode?: unknown; cause?: unknown };
    for (const candidate of [code, originalCode]) {
      if (typeof candidate !== "string") continue;
      if (PRISMA_CODES.has(candidate) || POSTGRES_CODES.has(candidate) || SOCKET_CODES.has(candidate)) return true;
    }
    current = cause;
  }
  return false;
}
