import "server-only";
import { prisma } from "@/lib/db";

// Fixed-window counters in PostgreSQL, so every app instance counts the same hits. A hit is
// committed on its own (not in the submission's transaction): a refused submission still counts.

export type TRateLimit = { key: string; limit: number; windowSeconds: number };

/** Counts one hit; false when the key has already reached its limit in this window. */
export async function takeRateLimit({ key, limit, windowSeconds }: TRateLimit, now = new Date()): Promise<boolean> {
  const windowStart = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
  const rows = await prisma.$queryRaw<{ hits: number }[]>`
    INSERT INTO "SurveyRateLimit" ("key", "windowStart", "hits") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "hits" = "SurveyRateLimit"."hits" + 1
    RETURNING "hits"`;
  // Now and then, drop windows older than a day (cheap with the index; no timer needed).
  if (Math.random() < 0.01) await prisma.$executeRaw`DELETE FROM "SurveyRateLimit" WHERE "windowStart" < ${new Date(now.getTime() - 86_400_000)}`;
  return (rows[0]?.hits ?? 1) <= limit;
}
