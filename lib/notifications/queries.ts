import "server-only";
import { prisma } from "@/lib/db";
import type { TSelfAccess } from "@/lib/access/self-access";
import { NOTIFICATION_KINDS } from "@/lib/notifications/schemas";

// A user's notifications are their own: every query is scoped to the proof's user (lib/access/self-access.ts).

export function getUnreadCount(self: TSelfAccess) {
  return prisma.notification.count({ where: { userId: self.userId, readAt: null } });
}

export function listNotifications(self: TSelfAccess, take = 50) {
  return prisma.notification.findMany({
    where: { userId: self.userId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
  });
}

/** Email on or off per kind; a kind never chosen is on. */
export async function getEmailPreferences(self: TSelfAccess) {
  const stored = await prisma.notificationPreference.findMany({ where: { userId: self.userId } });
  return NOTIFICATION_KINDS.map((kind) => ({ kind, email: stored.find((p) => p.kind === kind)?.email ?? true }));
}
