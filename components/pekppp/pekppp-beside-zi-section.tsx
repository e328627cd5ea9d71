import Link from "next/link";
import { formatInteger, formatScore } from "@/lib/format";
import type { TPekpppBesideZi } from "@/lib/pekppp/beside-zi";
import { Section } from "@/components/dashboard/section";
import { CategoryBadge } from "@/components/pekppp/category-badge";

/** Leaders' view beside ZI: the same units' latest PEKPPP index (IPP) and category. */
export function PekpppBesideZiSection({ pekppp, unitCount }: { pekppp: TPekpppBesideZi; unitCount: number }) {
  return (
    <Section id="pekppp" title="PEKPPP (Indeks Pelayanan Publik)"
      description="Hasil akhir PEKPPP terakhir unit yang sama: IPP = 75% F-02 + 25% F-03, kategori A sampai F.">
      <p className="text-sm text-slate-700" data-testid="pekppp-summary">
        {formatInteger(pekppp.evaluated)} dari {formatInteger(unitCount)} unit memiliki hasil PEKPPP
        {pekppp.categories.length ? `: ${pekppp.categories.map((c) => `${formatInteger(c.units)} kategori ${c.code}`).join(", ")}` : ""}.{" "}
        <Link href="/dasbor/pekppp" className="text-brand-700 underline">Buka peringkat PEKPPP</Link>
      </p>
      {pekppp.rows.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid="pekppp-beside-zi">
            <caption className="sr-only">IPP dan kategori PEKPPP per unit, terendah lebih dahulu</caption>
            <thead><tr className="text-left text-slate-600"><th scope="col" className="font-normal">Unit</th><th scope="col" className="text-right font-normal">IPP</th><th scope="col" className="font-normal">Kategori</th><th scope="col" className="text-right font-normal">Tahun</th></tr></thead>
            <tbody>
              {pekppp.rows.map((row) => (
                <tr key={row.unitId} className="border-t border-slate-100">
                  <td>{row.unitName}</td>
                  <td className="text-right tabular-nums">{formatScore(row.value)}</td>
                  <td>
                    <CategoryBadge code={row.category} label={row.categoryLabel} priority={row.priority} award={row.award} />
                  </td>
                  <td className="text-right tabular-nums">{row.year}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Section>
  );
}
