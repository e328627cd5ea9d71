import Link from "next/link";

/** The frame of the signed-out pages: title, short explanation, the form, a way back. */
export function AuthCard({ title, intro, children }: { title: string; intro?: string; children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Zona Integritas</p>
          <h1 className="mt-1 text-2xl font-bold">{title}</h1>
          {intro ? <p className="mt-2 text-sm text-slate-600">{intro}</p> : null}
        </div>
        {children}
        <p className="mt-4 text-center text-sm"><Link href="/masuk" className="text-brand-700 hover:underline">Kembali ke halaman masuk</Link></p>
      </div>
    </main>
  );
}

export const INPUT_CLASS = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2";
export const BUTTON_CLASS = "w-full rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
export const FORM_CLASS = "space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm";

export function FormAlert({ error, message }: { error?: string; message?: string }) {
  if (error) return <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p>;
  if (message) return <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">{message}</p>;
  return null;
}
