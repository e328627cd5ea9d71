import { requireUser } from "@/lib/auth/session";
import { AppHeader } from "@/components/app-header";

// Renders navigation only; every page and action checks access to its own data.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <AppHeader user={user} />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
