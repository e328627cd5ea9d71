import "server-only";
import { prisma } from "@/lib/db";
import { clock } from "@/lib/clock";
import type { TSelfAccess } from "@/lib/access/self-access";
import { parseInput } from "@/lib/validation";
import { ZEmailPreference, ZMarkRead } from "@/lib/notifications/schemas";

/** Marks one of the user's notifications read, or all of them; someone else's id matches nothing. */
export async function markNotificationsRead(self: TSelfAccess, raw: unknown) {
  const { notificationId } = parseInput(ZMarkRead, raw);
  const { count } = await prisma.notification.updateMany({
    where: { userId: self.userId, readAt: null, ...(notificationId ? { id: notificationId } : {}) },
    data: { readAt: clock.now() },
  });
  return { count };
}

export async function setEmailPreference(self: TSelfAccess, raw: unknown) {
  const { kind, email } = parseInput(ZEmailPreference, raw);
  await prisma.notificationPreference.upsert({
    where: { userId_kind: { userId: self.userId, kind } },
    create: { userId: self.userId, kind, email },
    update: { email },
  });
  return { kind, email };
}
