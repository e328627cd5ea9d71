import "server-only";
import { prisma } from "@/lib/db";
import { composeMail } from "@/lib/mail/layout";
import { appUrl, sendMail } from "@/lib/mail/send-mail";

/**
 * The "notification-email" job. Reads the notification fresh (the user may have turned the kind
 * off or been deactivated since), sends it, and marks it sent so a retry of a finished job does
 * not send it again.
 */
export async function emailNotification({ notificationId }: { notificationId: string }) {
  const notification = await prisma.notification.findUnique({
    where: { id: notificationId },
    select: { id: true, kind: true, title: true, body: true, link: true, emailedAt: true, user: { select: { email: true, name: true, active: true, notificationPrefs: true } } },
  });
  if (!notification || notification.emailedAt || !notification.user.active) return;
  const optedOut = notification.user.notificationPrefs.some((p) => p.kind === notification.kind && !p.email);
  if (optedOut) return;
  await sendMail(composeMail(notification.user.email, notification.title, [`Yth. ${notification.user.name},`, notification.body],
    { label: "Buka di aplikasi", url: appUrl(notification.link) },
    "Anda dapat mematikan email jenis ini di halaman Notifikasi aplikasi Zona Integritas."));
  await prisma.notification.update({ where: { id: notification.id }, data: { emailedAt: new Date() } });
}
