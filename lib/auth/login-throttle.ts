import "server-only";
import { prisma } from "@/lib/db";

// Kept in the database, not in memory, so the limit holds across several app instances.
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_EMAIL_ANYWHERE = 20;
export const MAX_FAILURES_PER_IP = 30;

/**
 * Minutes until the next attempt is allowed, or 0 when it is allowed now. Limits: failures of one
 * email from one address, of one email from anywhere (slows a distributed guess without letting a
 * single stranger lock the account out), and of one address for any email.
 */
export async function loginLockMinutes(email: string, ip: string, now = new Date()): Promise<number> {
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  const lastSuccess = await prisma.loginAttempt.findFirst({
    where: { email, success: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const since = lastSuccess?.createdAt ?? windowStart;
  const failures = (where: object, limit: number) =>
    prisma.loginAttempt.findMany({ where: { ...where, success: false, createdAt: { gte: since } }, orderBy: { createdAt: "desc" }, take: limit, select: { createdAt: true } });
  const checks = await Promise.all([
    failures({ email, ip }, MAX_FAILURES_PER_EMAIL),
    failures({ email }, MAX_FAILURES_PER_EMAIL_ANYWHERE),
    prisma.loginAttempt.findMany({ where: { ip, success: false, createdAt: { gte: windowStart } }, orderBy: { createdAt: "desc" }, take: MAX_FAILURES_PER_IP, select: { createdAt: true } }),
  ]);
  const limits = [MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_EMAIL_ANYWHERE, MAX_FAILURES_PER_IP];
  // A limit holds until the oldest of its counted failures leaves the window.
  const unlockAt = checks
    .map((rows, index) => (rows.length >= limits[index]! ? rows[rows.length - 1]!.createdAt.getTime() + LOGIN_WINDOW_MINUTES * 60_000 : 0))
    .reduce((a, b) => Math.max(a, b), 0);
  return unlockAt > now.getTime() ? Math.max(1, Math.ceil((unlockAt - now.getTime()) / 60_000)) : 0;
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean) {
  await prisma.loginAttempt.create({ data: { email, ip, success } });
}
