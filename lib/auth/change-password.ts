import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from "@/lib/auth/common-passwords";
import { ZChangePassword } from "@/lib/auth/schemas";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

export type TChangePasswordInput = {
  userId: string;
  currentPassword: unknown;
  newPassword: unknown;
  /** The session of the browser that changed it (it stays signed in); every other one ends. */
  keepSessionId?: string;
};

/**
 * Changes a user's own password and ends their other sessions on every app instance: whoever
 * holds an old cookie (a shared computer, a stolen one) is signed out at their next request.
 */
export async function changePassword({ userId, keepSessionId, ...raw }: TChangePasswordInput) {
  const input = parseInput(ZChangePassword, raw);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new ValidationError("Kata sandi saat ini salah.", { currentPassword: "Kata sandi saat ini salah." });
  }
  if (isCommonPassword(input.newPassword)) throw new ValidationError(COMMON_PASSWORD_MESSAGE, { newPassword: COMMON_PASSWORD_MESSAGE });
  const passwordHash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    const count = await revokeUserSessions(tx, userId, keepSessionId);
    await recordAudit(tx, { actorId: userId, action: "user.password.change", entityType: "User", entityId: userId, after: { sessionsEnded: count } });
    return { sessionsEnded: count };
  });
}
