import type { TRankingRow } from "@/lib/pekppp/ranking";
import type { TCategoryRule } from "@/lib/scoring/types";
import { formatScore } from "@/lib/format";
import { CategoryBadge } from "@/components/pekppp/category-badge";

/** Units ranked by IPP with their category, the ZI total beside; grouped rankings show the group. */
export function RankingTable({ rows, categories, grouped }: { rows: TRankingRow[]; categories: Record<string, TCategoryRule>; grouped: boolean }) {
  if (rows.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">Belum ada unit dengan hasil PEKPPP final.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="Peringkat unit PEKPPP">
      <table className="w-full text-sm">
        <caption className="sr-only">Peringkat unit menurut Indeks Pelayanan Publik</caption>
        <thead className="bg-slate-50 text-left">
          <tr>
            {grouped ? <th scope="col" className="px-3 py-2">Kelompok</th> : null}
            <th scope="col" className="px-3 py-2">Peringkat</th>
            <th scope="col" className="px-3 py-2">Unit</th>
            <th scope="col" className="px-3 py-2">Jenis</th>
            <th scope="col" className="px-3 py-2">Wilayah</th>
            <th scope="col" className="px-3 py-2 text-right">IPP</th>
            <th scope="col" className="px-3 py-2">Kategori</th>
            <th scope="col" className="px-3 py-2 text-right">Nilai LKE ZI</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const category = categories[row.category];
            return (
              <tr key={row.assessmentId} data-testid="ranking-row" className="border-t border-slate-100">
                {grouped ? <td className="px-3 py-2">{row.group || "-"}</td> : null}
                <td className="px-3 py-2">{row.rank}</td>
                <td className="px-3 py-2 font-medium">{row.unitName}</td>
                <td className="px-3 py-2">{row.unitType}</td>
                <td className="px-3 py-2">{row.district ?? "-"}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatScore(row.value)}</td>
                <td className="px-3 py-2">
                  <CategoryBadge code={row.category} label={category?.label ?? ""} priority={row.priority} award={row.award} />
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{row.ziTotal ? `${formatScore(row.ziTotal)} (${row.ziYear})` : "-"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
