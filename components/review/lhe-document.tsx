import type { TLhe } from "@/lib/review/lhe-types";
import { formatDate, formatScore } from "@/lib/format";

/** The Laporan Hasil Evaluasi as a clean, printable page. */
export function LheDocument({ lhe }: { lhe: TLhe }) {
  const verdicts = lhe.predicates.map((p) => `${p.code}: ${p.met ? "memenuhi syarat" : "belum memenuhi syarat"}`).join(" · ");
  return (
    <article className="space-y-6 rounded-lg border border-slate-200 bg-white p-6 print:border-0 print:p-0" data-testid="lhe-document">
      <header className="text-center">
        <p className="text-sm font-semibold uppercase tracking-wide">Laporan Hasil Evaluasi (LHE)</p>
        <h1 className="text-xl font-bold">Pembangunan Zona Integritas {lhe.unitName}</h1>
        <p className="text-sm text-slate-600">{lhe.periodName} · {lhe.catalogueLabel}</p>
        <p className="mt-1 text-sm font-medium">{lhe.finalizedAt ? `Final, ${formatDate(lhe.finalizedAt)}` : "Draf (belum final)"}</p>
      </header>
      <section>
        <h2 className="font-semibold">Ringkasan</h2>
        <dl className="mt-2 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
          <div><dt className="text-slate-500">Nilai mandiri</dt><dd className="text-lg font-semibold" data-testid="lhe-total-self">{formatScore(lhe.totals.self)}</dd></div>
          <div><dt className="text-slate-500">Nilai TPI</dt><dd className="text-lg font-semibold" data-testid="lhe-total-evaluator">{formatScore(lhe.totals.evaluator)}</dd></div>
          <div className="col-span-2"><dt className="text-slate-500">Hasil predikat (nilai TPI)</dt><dd className="font-semibold" data-testid="lhe-predicates">{verdicts}</dd></div>
        </dl>
      </section>
      <section>
        <h2 className="font-semibold">Nilai per komponen</h2>
        <table className="mt-2 w-full text-sm">
          <thead className="bg-slate-100 text-left"><tr><th className="px-2 py-1">Komponen</th><th className="px-2 py-1 text-right">Bobot</th><th className="px-2 py-1 text-right">Mandiri</th><th className="px-2 py-1 text-right">TPI</th></tr></thead>
          <tbody>
            {lhe.parts.map((p) => (
              <tr key={p.code} className="border-t border-slate-200">
                <td className="px-2 py-1">{p.code} {p.title}</td><td className="px-2 py-1 text-right">{formatScore(p.weight)}</td>
                <td className="px-2 py-1 text-right">{formatScore(p.self)}</td><td className="px-2 py-1 text-right">{formatScore(p.evaluator)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2 className="font-semibold">Nilai dan rekomendasi per area</h2>
        <ol className="mt-2 space-y-3">
          {lhe.areas.map((area) => (
            <li key={area.code} className="break-inside-avoid rounded-md border border-slate-200 p-3 text-sm" data-testid={`lhe-area-${area.code}`}>
              <p className="font-semibold">{area.code} {area.title} <span className="font-normal text-slate-500">({area.partTitle})</span></p>
              <p>Bobot {formatScore(area.weight)} · mandiri {formatScore(area.self)} · TPI {formatScore(area.evaluator)}</p>
              <p className="mt-1 whitespace-pre-line text-slate-800">{area.recommendation}</p>
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h2 className="font-semibold">Prasyarat</h2>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {lhe.preconditions.map((p) => (
            <li key={p.label}>{p.label}: <span className="font-medium">{p.met === null ? "belum diputuskan" : p.met ? "terpenuhi" : "tidak terpenuhi"}</span>{p.note ? ` — ${p.note}` : ""}</li>
          ))}
        </ul>
      </section>
      <footer className="text-sm">
        <p className="font-semibold">Tim Penilai Internal</p>
        <ul>{lhe.evaluators.map((e) => <li key={e.name}>{e.name} ({e.role === "LEAD" ? "ketua" : "anggota"})</li>)}</ul>
        <p className="mt-1 text-slate-500">Putaran perbaikan: {lhe.revisionRound}</p>
      </footer>
    </article>
  );
}
