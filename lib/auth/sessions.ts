import "server-only";
import { randomBytes } from "node:crypto";
import { prisma, type TTransaction } from "@/lib/db";
import { clock } from "@/lib/clock";

// Server-side sessions. The cookie is a signed token that names one row here; the row is checked
// on every request (inside the user load, see load-user.ts), so deleting it signs that browser
// out on every app instance at once.

/** How long a sign-in lasts: one long working day. The token's own lifetime matches it. */
export const SESSION_HOURS = 12;

/** Opens a session for a user who just proved their password; drops their expired ones. */
export async function createSession(userId: string): Promise<string> {
  const now = clock.now();
  const id = randomBytes(32).toString("base64url");
  await prisma.$transaction([
    prisma.session.deleteMany({ where: { userId, expiresAt: { lte: now } } }),
    prisma.session.create({ data: { id, userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000) } }),
  ]);
  return id;
}

/** Sign-out: this browser's session ends everywhere. */
export async function revokeSession(sessionId: string) {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

/** Every session of a user ends, except the one named (the browser that changed the password). */
export async function revokeUserSessions(db: TTransaction | typeof prisma, userId: string, except?: string) {
  const { count } = await db.session.deleteMany({ where: { userId, ...(except ? { id: { not: except } } : {}) } });
  return count;
}
