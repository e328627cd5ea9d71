import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

// One client per process; dev reloads would otherwise open a new pool on every change.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  // Ten connections per instance (size PostgreSQL's max_connections for all instances). A database
  // that does not answer fails a request after 5 s instead of holding it; a dropped connection is
  // replaced on the next query, so the app rides out a database restart without its own restart.
  const adapter = new PrismaPg(
    { connectionString, max: 10, connectionTimeoutMillis: 5_000 },
    { onPoolError: (err) => logger.warn({ err }, "database connection lost") },
  );
  globalForPrisma.prisma = new PrismaClient({ adapter });
  return globalForPrisma.prisma;
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
