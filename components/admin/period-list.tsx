import Link from "next/link";
import type { TPeriodListRow } from "@/lib/periods/queries";
import { formatInteger } from "@/lib/format";
import { PeriodStatusBadge } from "@/components/admin/period-status-badge";
import { WindowList } from "@/components/admin/window-list";

/** Periods of the agencies the admin manages, newest year first. */
export function PeriodList({ periods, now }: { periods: TPeriodListRow[]; now: Date }) {
  if (periods.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">Belum ada periode penilaian.</p>;
  }
  const agencies = new Set(periods.map((p) => p.agency.name));
  return (
    <ul className="grid gap-3 lg:grid-cols-2">
      {periods.map((p) => (
        <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h2 className="font-semibold">
              <Link href={`/admin/periode/${p.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                {p.year} · {p.name}
              </Link>
            </h2>
            <PeriodStatusBadge phase={p.phase} />
          </div>
          <p className="mt-1 text-sm text-slate-600">
            {agencies.size > 1 ? `${p.agency.name} · ` : ""}Katalog {p.catalogueVersion.code} versi {p.catalogueVersion.version} ·{" "}
            {formatInteger(p.unitCount)} unit peserta
          </p>
          <div className="mt-3">
            <WindowList windows={p.windows} now={now} />
          </div>
        </li>
      ))}
    </ul>
  );
}
