import type { Metadata } from "next";
import Link from "next/link";
import { listPublicUnits } from "@/lib/public-pages/public-units";

export const metadata: Metadata = {
  title: "Halaman publik Zona Integritas",
  description: "Unit kerja yang mempublikasikan pembangunan Zona Integritas menuju WBK/WBBM.",
  openGraph: { title: "Halaman publik Zona Integritas", description: "Unit kerja yang mempublikasikan pembangunan Zona Integritas menuju WBK/WBBM.", type: "website", locale: "id_ID" },
};

export default async function PublicUnitsPage() {
  const agencies = await listPublicUnits();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Halaman publik Zona Integritas</h1>
      {agencies.length === 0 ? <p>Belum ada unit yang mempublikasikan pembangunan Zona Integritasnya.</p> : null}
      {agencies.map((agency) => (
        <section key={agency.name} aria-labelledby={`instansi-${agency.code}`} className="space-y-2">
          <h2 id={`instansi-${agency.code}`} className="text-lg font-semibold">{agency.name}</h2>
          <ul className="grid gap-2 sm:grid-cols-2">
            {agency.units.map((unit) => (
              <li key={unit.slug}>
                <Link href={`/zi/${unit.slug}/${unit.year}`} className="block rounded-md border border-slate-200 bg-white p-3 text-brand-700 underline">{unit.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
