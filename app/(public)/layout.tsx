import Link from "next/link";

// Public pages (no sign-in): the units' ZI pages. Nothing here reads a session.
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3">
          <Link href="/zi" className="font-semibold text-brand-800">Zona Integritas</Link>
          <Link href="/masuk" className="text-sm text-brand-700 underline">Masuk</Link>
        </div>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
    </>
  );
}
