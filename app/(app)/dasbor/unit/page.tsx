import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/page-guard";
import { getCatalogue } from "@/lib/catalogue/queries";
import { authorizeDashboard } from "@/lib/access/dashboard-access";
import { getDashboardContext, isReady } from "@/lib/dashboard/get-dashboard-context";
import { listDashboardUnits } from "@/lib/dashboard/list-dashboard-units";
import { getRegionOptions } from "@/lib/dashboard/get-region-options";
import { areaThresholds } from "@/lib/dashboard/dashboard-nodes";
import { heatBins } from "@/lib/dashboard/heat-scale";
import { parseUnitQuery, type TSearchParams } from "@/lib/dashboard/schemas";
import { formatInteger } from "@/lib/format";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { UnitFilters } from "@/components/dashboard/unit-filters";
import { UnitTable } from "@/components/dashboard/unit-table";
import { UnitAreaTable } from "@/components/dashboard/unit-area-table";
import { Pagination } from "@/components/dashboard/pagination";
import { ExportLinks } from "@/components/dashboard/export-links";
import { RegionZipLink } from "@/components/workbook/region-zip-link";

export const metadata: Metadata = { title: "Tabel unit · Dasbor pimpinan" };

export default async function UnitTablePage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const query = parseUnitQuery(await searchParams);
  const user = await requireUser();
  const context = await orNotFound(async () => getDashboardContext(await authorizeDashboard(user), query.periode));
  const view = query.tampilan === "area" ? "area" : "unit";
  const header = <DashboardHeader current={view} periods={context.periods} periodId={context.period?.id ?? null} roots={context.access.roots} action="/dasbor/unit" />;
  if (!isReady(context)) {
    return <div className="space-y-6">{header}<p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">Belum ada periode penilaian untuk unit dalam cakupan Anda.</p></div>;
  }

  const [page, regions, loaded] = await Promise.all([
    listDashboardUnits(context, query), getRegionOptions(context), getCatalogue(context.period.catalogueVersionId),
  ]);
  const from = (page.page - 1) * page.pageSize + 1;
  const to = from + page.rows.length - 1;
  const periodQuery = { ...query, periode: context.period.id };

  return (
    <div className="space-y-4">
      {header}
      <UnitFilters query={query} periodId={context.period.id} regions={regions} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600" role="status" data-testid="match-summary">
          {page.rows.length
            ? <>Menampilkan {formatInteger(from)}–{formatInteger(to)} dari {formatInteger(page.matchCount)} unit</>
            : <>Tidak ada unit yang cocok</>}
          {page.matchCount !== page.unitCount ? <> (seluruhnya {formatInteger(page.unitCount)} unit)</> : null}
          {" "}· peringkat menurut nilai TPI, atau nilai mandiri bila belum dinilai.
        </p>
        <ExportLinks query={query} periodId={context.period.id} />
        <RegionZipLink periodId={context.period.id} regionId={query.wilayah || undefined} />
      </div>
      {page.rows.length === 0 ? null : view === "area"
        ? <UnitAreaTable rows={page.rows} areas={page.areas} bins={heatBins(areaThresholds(loaded.catalogue))} />
        : <UnitTable rows={page.rows} query={periodQuery} />}
      <Pagination query={periodQuery} page={page.page} pageCount={page.pageCount} />
    </div>
  );
}
