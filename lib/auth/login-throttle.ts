import "server-only";
import { prisma } from "@/lib/db";

// Kept in the database, not in memory, so the limit holds across several app instances.
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

/** Minutes until the next attempt is allowed, or 0 when it is allowed now. */
export async function loginLockMinutes(email: string, ip: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  const lastSuccess = await prisma.loginAttempt.findFirst({
    where: { email, success: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const emailFailures = await prisma.loginAttempt.findMany({
    where: { email, success: false, createdAt: { gte: lastSuccess?.createdAt ?? since } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  const ipFailures = await prisma.loginAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } });
  if (emailFailures.length < MAX_FAILURES_PER_EMAIL && ipFailures < MAX_FAILURES_PER_IP) return 0;
  // Locked until the oldest counted failure leaves the window.
  const oldest = emailFailures[0]?.createdAt ?? since;
  const unlockAt = oldest.getTime() + LOGIN_WINDOW_MINUTES * 60_000;
  return Math.max(1, Math.ceil((unlockAt - now.getTime()) / 60_000));
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean) {
  await prisma.loginAttempt.create({ data: { email, ip, success } });
}
