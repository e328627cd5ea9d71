import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// One client per process; dev reloads would otherwise open a new pool on every change.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  // Under a rush (hundreds of members saving before a deadline) requests queue for a connection
  // instead of failing: a pool a few times the cores PostgreSQL has, and a transaction may wait
  // for one, and run, far longer than Prisma's 2 s / 5 s defaults. Overload shows as latency.
  const max = Number(process.env.DATABASE_POOL_MAX ?? 20);
  globalForPrisma.prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString, max }),
    transactionOptions: { maxWait: 60_000, timeout: 60_000 },
  });
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
