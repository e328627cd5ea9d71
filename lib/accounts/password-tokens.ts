import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { TTransaction } from "@/lib/db";
import { clock } from "@/lib/clock";
import type { PasswordTokenPurpose } from "@/lib/generated/prisma/enums";

/** A reset link is for now; an invitation waits for someone back from leave. */
export const TOKEN_HOURS: Record<PasswordTokenPurpose, number> = { RESET: 1, INVITE: 7 * 24 };

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new link for the user; earlier unused links of the same purpose stop working. */
export async function issuePasswordToken(tx: TTransaction, userId: string, purpose: PasswordTokenPurpose): Promise<string> {
  const now = clock.now();
  await tx.passwordToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  const token = randomBytes(32).toString("base64url");
  await tx.passwordToken.create({
    data: { userId, purpose, tokenHash: hashToken(token), createdAt: now, expiresAt: new Date(now.getTime() + TOKEN_HOURS[purpose] * 3_600_000) },
  });
  return token;
}
