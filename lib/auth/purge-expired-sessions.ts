import "server-only";
import { prisma } from "@/lib/db";
import { clock } from "@/lib/clock";

// Sign-out and password changes delete their sessions at once (sessions.ts), and a sign-in drops
// the same user's expired ones; a user who never signs in again leaves theirs behind. This job
// (lib/jobs, hourly) deletes those, so the table holds about a day of sessions whatever the size
// of the installation.

/** Kept this long past expiry: a "why was I signed out" question can still be answered. */
export const EXPIRED_SESSION_MARGIN_HOURS = 24;
const BATCH = 1_000;

/**
 * Deletes sessions that expired more than the margin ago, a batch per statement so no long lock
 * is held; rows another worker is deleting are skipped, not waited for. Safe to run any number
 * of times, on any number of instances at once. Returns how many rows it deleted.
 */
export async function purgeExpiredSessions(options: { batchSize?: number } = {}): Promise<number> {
  const batchSize = options.batchSize ?? BATCH;
  const cutoff = new Date(clock.now().getTime() - EXPIRED_SESSION_MARGIN_HOURS * 3_600_000);
  let total = 0;
  for (;;) {
    const deleted = await prisma.$executeRaw`
      DELETE FROM "Session" WHERE "id" IN (
        SELECT "id" FROM "Session" WHERE "expiresAt" < ${cutoff} LIMIT ${batchSize} FOR UPDATE SKIP LOCKED)`;
    total += deleted;
    if (deleted < batchSize) return total;
  }
}
