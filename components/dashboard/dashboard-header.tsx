import Link from "next/link";
import type { TPeriodOption } from "@/lib/dashboard/get-dashboard-context";
import type { TScopeRoot } from "@/lib/access/dashboard-access";

type TTab = "instansi" | "unit" | "area";

type TProps = {
  current: TTab;
  periods: TPeriodOption[];
  periodId: string | null;
  roots: readonly TScopeRoot[];
  /** Where the period picker submits (the current page). */
  action: string;
};

const TABS: { key: TTab; label: string; href: string }[] = [
  { key: "instansi", label: "Ringkasan instansi", href: "/dasbor" },
  { key: "unit", label: "Tabel unit", href: "/dasbor/unit" },
  { key: "area", label: "Nilai per area", href: "/dasbor/unit?tampilan=area" },
];

/** Title, the scope in words, the period picker (a plain GET form: works without JavaScript) and the tabs. */
export function DashboardHeader({ current, periods, periodId, roots, action }: TProps) {
  const withPeriod = (href: string) => (periodId ? `${href}${href.includes("?") ? "&" : "?"}periode=${encodeURIComponent(periodId)}` : href);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold">Dasbor pimpinan</h1>
          <p className="text-sm text-slate-600">Cakupan: {roots.map((r) => r.name).join(", ")}</p>
        </div>
        {periods.length ? (
          <form method="get" action={action} className="flex w-full items-end gap-2 sm:w-auto">
            <label className="min-w-0 flex-1 text-sm sm:flex-none">
              <span className="block text-slate-600">Periode</span>
              <select name="periode" defaultValue={periodId ?? undefined} className="w-full max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5">
                {periods.map((p) => <option key={p.id} value={p.id}>{p.name} ({p.year}){p.upcoming ? " · belum dimulai" : ""}</option>)}
              </select>
            </label>
            {current === "area" ? <input type="hidden" name="tampilan" value="area" /> : null}
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">Tampilkan</button>
          </form>
        ) : null}
      </div>
      <nav aria-label="Bagian dasbor" className="no-print flex gap-1 overflow-x-auto border-b border-slate-200 text-sm">
        {TABS.map((tab) => (
          <Link key={tab.key} href={withPeriod(tab.href)} aria-current={tab.key === current ? "page" : undefined}
            className={`shrink-0 rounded-t-md px-3 py-2 ${tab.key === current ? "border border-b-white border-slate-200 bg-white font-semibold -mb-px" : "text-brand-700 hover:bg-slate-100"}`}>
            {tab.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
