import "server-only";
import { prisma } from "@/lib/db";
import { clock } from "@/lib/clock";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from "@/lib/auth/common-passwords";
import { ZSetPassword } from "@/lib/auth/password-rules";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { InvalidStateError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { hashToken } from "@/lib/accounts/password-tokens";

export const LINK_INVALID = "Tautan ini sudah dipakai, sudah kedaluwarsa, atau tidak valid. Minta tautan baru lewat \"Lupa kata sandi\".";

/**
 * Sets a password from an emailed link. The token is spent by one conditional UPDATE, so two
 * clicks (or two instances) cannot both use it; every session of the user ends.
 */
export async function setPasswordWithToken(raw: unknown) {
  const input = parseInput(ZSetPassword, raw);
  if (isCommonPassword(input.newPassword)) throw new ValidationError(COMMON_PASSWORD_MESSAGE, { newPassword: COMMON_PASSWORD_MESSAGE });
  const passwordHash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    const now = clock.now();
    const token = await tx.passwordToken.findUnique({ where: { tokenHash: hashToken(input.token) }, select: { id: true, userId: true, purpose: true } });
    const spent = token
      ? await tx.passwordToken.updateMany({ where: { id: token.id, usedAt: null, expiresAt: { gt: now }, user: { active: true } }, data: { usedAt: now } })
      : { count: 0 };
    if (!token || spent.count !== 1) throw new InvalidStateError(LINK_INVALID);
    await tx.user.update({ where: { id: token.userId }, data: { passwordHash } });
    const sessionsEnded = await revokeUserSessions(tx, token.userId);
    await recordAudit(tx, {
      actorId: token.userId, action: token.purpose === "INVITE" ? "user.password.set" : "user.password.reset",
      entityType: "User", entityId: token.userId, after: { sessionsEnded },
    });
    return { purpose: token.purpose };
  });
}
