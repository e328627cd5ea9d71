import { requireUser } from "@/lib/auth/session";
import { AppHeader } from "@/components/app-header";
import { authorizeSelf } from "@/lib/access/self-access";
import { getUnreadCount } from "@/lib/notifications/queries";

// Renders navigation only; every page and action checks access to its own data.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const unread = await getUnreadCount(authorizeSelf(user));
  return (
    <>
      <AppHeader user={user} unread={unread} />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
