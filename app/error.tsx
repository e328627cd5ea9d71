"use client";

// Unexpected errors: a generic message, never the stack trace (it is logged on the server).
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Terjadi kesalahan</h1>
      <p className="mt-2 text-slate-600">Maaf, halaman ini gagal dimuat. Silakan coba lagi.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">Coba lagi</button>
    </main>
  );
}
