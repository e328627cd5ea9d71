import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/page-guard";
import { authorizeDashboard } from "@/lib/access/dashboard-access";
import { getIndexRanking, listIndexPeriods, type TRankingGroup } from "@/lib/pekppp/ranking";
import { getIndexCategories } from "@/lib/pekppp/categories";
import { RankingTable } from "@/components/pekppp/ranking-table";

export const metadata: Metadata = { title: "Peringkat PEKPPP · Dasbor pimpinan" };

const GROUPS: { key: string; group: TRankingGroup; label: string }[] = [
  { key: "semua", group: "all", label: "Semua unit" },
  { key: "jenis", group: "type", label: "Per jenis unit" },
  { key: "wilayah", group: "district", label: "Per kecamatan/wilayah" },
];

type TSearch = { periode?: string; kelompok?: string; prioritas?: string };

export default async function PekpppRankingPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const query = await searchParams;
  const user = await requireUser();
  const access = await orNotFound(authorizeDashboard(user));
  const periods = await listIndexPeriods(access);
  const period = query.periode ? periods.find((p) => p.id === query.periode) : periods[0];
  // A period outside the viewer's scope is answered like one that does not exist.
  if (query.periode && !period) notFound();
  const chosen = GROUPS.find((g) => g.key === query.kelompok) ?? GROUPS[0]!;
  const priorityOnly = query.prioritas === "1";
  const heading = <h1 className="text-2xl font-semibold">Peringkat PEKPPP dan ZI</h1>;
  if (!period) return <div className="space-y-4">{heading}<p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">Belum ada periode PEKPPP untuk unit dalam cakupan Anda.</p></div>;
  const [rows, categories] = await Promise.all([getIndexRanking(access, period.id, chosen.group, priorityOnly), getIndexCategories(access, period.id)]);
  const href = (changes: { kelompok?: string; prioritas?: boolean }) => {
    const params = new URLSearchParams({ periode: period.id, kelompok: changes.kelompok ?? chosen.key });
    if (changes.prioritas ?? priorityOnly) params.set("prioritas", "1");
    return `/dasbor/pekppp?${params}`;
  };
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm"><Link href="/dasbor" className="text-brand-700 underline">Dasbor ZI</Link></p>
        {heading}
        <p className="text-slate-700">Indeks Pelayanan Publik (IPP = 75% F-02 + 25% F-03) per unit, dengan nilai LKE ZI terakhir unit yang sama.</p>
        <form action="/dasbor/pekppp" className="flex flex-wrap items-end gap-3 text-sm">
          <label>Periode{" "}
            <select name="periode" defaultValue={period.id} className="rounded-md border border-slate-300 px-2 py-1">
              {periods.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
          <input type="hidden" name="kelompok" value={chosen.key} />
          <button className="rounded-md border border-slate-300 px-3 py-1">Tampilkan</button>
        </form>
        <nav aria-label="Kelompok peringkat" className="flex flex-wrap gap-2 text-sm">
          {GROUPS.map((g) => (
            <Link key={g.key} href={href({ kelompok: g.key })} aria-current={g.key === chosen.key ? "page" : undefined}
              className={`rounded-md border px-3 py-1 ${g.key === chosen.key ? "border-brand-700 bg-brand-50 font-semibold" : "border-slate-300"}`}>{g.label}</Link>
          ))}
          <Link href={href({ prioritas: !priorityOnly })}
            aria-current={priorityOnly ? "page" : undefined}
            className={`rounded-md border px-3 py-1 ${priorityOnly ? "border-red-700 bg-red-50 font-semibold" : "border-slate-300"}`}>Prioritas pembinaan (D, E, F)</Link>
        </nav>
      </header>
      <RankingTable rows={rows} categories={categories} grouped={chosen.group !== "all"} />
    </div>
  );
}
