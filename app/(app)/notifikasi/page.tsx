import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { authorizeSelf } from "@/lib/access/self-access";
import { getEmailPreferences, listNotifications } from "@/lib/notifications/queries";
import { formatDateTime } from "@/lib/format";
import { PageHeading } from "@/components/admin/page-heading";
import { NotificationList } from "@/components/notifications/notification-list";
import { EmailPreferences } from "@/components/notifications/email-preferences";

export const metadata: Metadata = { title: "Notifikasi" };

export default async function NotificationsPage() {
  const self = authorizeSelf(await requireUser());
  const [items, preferences] = await Promise.all([listNotifications(self), getEmailPreferences(self)]);
  return (
    <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
      <section className="space-y-4">
        <PageHeading title="Notifikasi" description="LKE dikirim, diminta perbaikan, dikirim ulang, difinalisasi, penugasan TPI dan pengingat tenggat." />
        <NotificationList items={items.map((i) => ({ ...i, createdAt: formatDateTime(i.createdAt), readAt: i.readAt?.toISOString() ?? null }))} />
      </section>
      <aside className="space-y-2">
        <h2 className="text-lg font-semibold">Email</h2>
        <EmailPreferences preferences={preferences} />
      </aside>
    </div>
  );
}
