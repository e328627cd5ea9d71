import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { clock } from "@/lib/clock";
import { recordLoginAttempt } from "@/lib/auth/login-throttle";
import { createSession } from "@/lib/auth/sessions";
import type { TSsoRefusal } from "@/lib/auth/sso-config";

export type TSsoResult = { ok: true; user: { id: string; name: string; email: string; sessionId: string } } | { ok: false; reason: TSsoRefusal };

const ZEmail = z.string().trim().toLowerCase().email();

/**
 * The account an SSO identity signs in as: the active account whose email is the provider's
 * verified email. Signing in gives nothing else: no account is created and no role is added; an
 * admin invites the person first. Every attempt is recorded like a password sign-in.
 */
export async function signInWithSso(claims: { email?: unknown; email_verified?: unknown }, ip: string): Promise<TSsoResult> {
  const parsed = ZEmail.safeParse(claims.email);
  if (!parsed.success) return { ok: false, reason: "no-email" };
  const email = parsed.data;
  // Providers that do not say (some Workspace setups) are trusted; an explicit false is not.
  if (claims.email_verified === false || claims.email_verified === "false") {
    await recordLoginAttempt(email, ip, false);
    return { ok: false, reason: "unverified" };
  }
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, active: true } });
  await recordLoginAttempt(email, ip, Boolean(user?.active));
  if (!user?.active) return { ok: false, reason: "no-account" };
  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: clock.now() } });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, sessionId: await createSession(user.id) } };
}
