import Link from "next/link";
import type { TCatalogueVersionRow } from "@/lib/catalogue/admin-queries";
import { formatDate, formatInteger } from "@/lib/format";
import { InUseBadge } from "@/components/admin/in-use-badge";

/** Every catalogue version, newest version of each code first. */
export function CatalogueVersionList({ versions }: { versions: TCatalogueVersionRow[] }) {
  if (versions.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">Belum ada katalog. Impor berkas katalog LKE di bawah.</p>;
  }
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {versions.map((v) => (
        <li key={v.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h3 className="font-semibold">
              <Link href={`/admin/katalog/${v.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                {v.code} versi {v.version}
              </Link>
            </h3>
            <InUseBadge inUse={v.inUse} />
          </div>
          <p className="mt-1 text-sm">{v.title}</p>
          <p className="mt-1 text-xs text-slate-600">{v.regulation}</p>
          <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
            <div><dt className="text-slate-500">Jumlah butir</dt><dd className="font-semibold">{formatInteger(v.itemCount)}</dd></div>
            <div><dt className="text-slate-500">Diimpor</dt><dd>{formatDate(v.createdAt)}{v.createdByName ? ` oleh ${v.createdByName}` : ""}</dd></div>
            <div className="col-span-2">
              <dt className="text-slate-500">Dipakai oleh periode</dt>
              <dd>
                {v.periods.length ? (
                  <ul className="flex flex-wrap gap-x-3">
                    {v.periods.map((p) => (
                      <li key={p.id}><Link href={`/admin/periode/${p.id}`} className="text-brand-700 underline">{p.name} ({p.year})</Link></li>
                    ))}
                  </ul>
                ) : v.inUse ? "Periode instansi lain" : "—"}
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
