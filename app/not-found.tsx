import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Halaman tidak ditemukan</h1>
      <p className="mt-2 text-slate-600">Halaman atau data yang Anda cari tidak ada, atau Anda tidak memiliki akses.</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">Kembali ke beranda</Link>
    </main>
  );
}
