import "server-only";
import { prisma } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { loginLockMinutes, recordLoginAttempt } from "@/lib/auth/login-throttle";
import { ZLogin } from "@/lib/auth/schemas";
import { createSession } from "@/lib/auth/sessions";

export type TAuthorizeResult =
  | { ok: true; user: { id: string; name: string; email: string; sessionId: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; minutes: number };

/** Checks a sign-in attempt and opens a server-side session; every attempt is recorded for throttling. */
export async function authorizeCredentials(raw: unknown, ip: string): Promise<TAuthorizeResult> {
  const parsed = ZLogin.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const minutes = await loginLockMinutes(email, ip);
  if (minutes > 0) return { ok: false, reason: "throttled", minutes };

  const user = await prisma.user.findUnique({ where: { email } });
  // Hash even for unknown emails, so the response time does not reveal which accounts exist.
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  const valid = user !== null && user.active && passwordOk;
  await recordLoginAttempt(email, ip, valid);
  if (!valid || !user) return { ok: false, reason: "invalid" };

  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  const sessionId = await createSession(user.id);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, sessionId } };
}

let dummy: Promise<string> | undefined;
function dummyHash() {
  dummy ??= hashPassword("not-a-real-password");
  return dummy;
}
