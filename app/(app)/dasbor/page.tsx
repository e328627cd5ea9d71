import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/page-guard";
import { getCatalogue } from "@/lib/catalogue/queries";
import { authorizeDashboard } from "@/lib/access/dashboard-access";
import { getDashboardContext, isReady } from "@/lib/dashboard/get-dashboard-context";
import { getAgencySummary } from "@/lib/dashboard/get-agency-summary";
import { getScoreDistribution } from "@/lib/dashboard/get-score-distribution";
import { getAreaScores } from "@/lib/dashboard/get-area-scores";
import { getWeakestIndicators } from "@/lib/dashboard/get-weakest-indicators";
import { getProgressOverTime } from "@/lib/dashboard/get-progress-over-time";
import { getYearOverYear } from "@/lib/dashboard/get-year-over-year";
import { getDeadlinesAtRisk } from "@/lib/dashboard/get-deadlines-at-risk";
import { getRegionSummary } from "@/lib/dashboard/get-region-summary";
import { areaThresholds } from "@/lib/dashboard/dashboard-nodes";
import { heatBins } from "@/lib/dashboard/heat-scale";
import type { TSearchParams } from "@/lib/dashboard/schemas";
import { unitQueryHref } from "@/lib/dashboard/unit-query-href";
import { formatInteger, formatPercent, formatScore } from "@/lib/format";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { StatCard } from "@/components/dashboard/stat-card";
import { StatusCounts } from "@/components/dashboard/status-counts";
import { PredicateCounts } from "@/components/dashboard/predicate-counts";
import { DeadlinesAtRisk } from "@/components/dashboard/deadlines-at-risk";
import { ScoreDistributionChart } from "@/components/dashboard/score-distribution-chart";
import { AreaAveragesChart } from "@/components/dashboard/area-averages-chart";
import { ProgressChart } from "@/components/dashboard/progress-chart";
import { YearOverYearChart } from "@/components/dashboard/year-over-year-chart";
import { HeatMap, RegionLink } from "@/components/dashboard/heat-map";
import { WeakestIndicators } from "@/components/dashboard/weakest-indicators";
import { RegionSummaryTable } from "@/components/dashboard/region-summary-table";
import { Section } from "@/components/dashboard/section";
import { getPlanProgress } from "@/lib/plans/plan-progress";
import { PlanProgressSection } from "@/components/plans/plan-progress-section";
import { getSurveyProgress } from "@/lib/surveys/survey-progress";
import { SurveyProgressSection } from "@/components/surveys/survey-progress-section";
import { getPekpppBesideZi } from "@/lib/pekppp/beside-zi";
import { listIndexPeriods } from "@/lib/pekppp/ranking";
import { PekpppBesideZiSection } from "@/components/pekppp/pekppp-beside-zi-section";

export const metadata: Metadata = { title: "Dasbor pimpinan" };

export default async function AgencyDashboardPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const params = await searchParams;
  const user = await requireUser();
  const periode = typeof params.periode === "string" ? params.periode : undefined;
  const context = await orNotFound(async () => getDashboardContext(await authorizeDashboard(user), periode));
  const header = <DashboardHeader current="instansi" periods={context.periods} periodId={context.period?.id ?? null} roots={context.access.roots} action="/dasbor" />;
  if (!isReady(context)) {
    // Units evaluated only with PEKPPP: their leaders still reach its ranking from here.
    const pekpppPeriods = await listIndexPeriods(context.access);
    return (
      <div className="space-y-6">{header}
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">Belum ada periode penilaian LKE ZI untuk unit dalam cakupan Anda.
          {pekpppPeriods.length ? <> Hasil PEKPPP unit Anda ada di <Link href="/dasbor/pekppp" className="text-brand-700 underline">Peringkat PEKPPP</Link>.</> : null}</p>
      </div>
    );
  }

  const surveyProgressLoad = getSurveyProgress(context);
  const pekpppLoad = getPekpppBesideZi(context);
  const [summary, distribution, areaScores, weakest, progress, years, risk, regions, loaded, planProgress] = await Promise.all([
    getAgencySummary(context), getScoreDistribution(context), getAreaScores(context), getWeakestIndicators(context),
    getProgressOverTime(context), getYearOverYear(context), getDeadlinesAtRisk(context), getRegionSummary(context),
    getCatalogue(context.period.catalogueVersionId), getPlanProgress(context),
  ]);

  const [surveyProgress, pekppp] = await Promise.all([surveyProgressLoad, pekpppLoad]);
  const period = context.period.id;
  const units = (query: Parameters<typeof unitQueryHref>[1]) => unitQueryHref("/dasbor/unit", { periode: period, ...query });
  const thresholds = areaThresholds(loaded.catalogue);
  const bins = heatBins(thresholds);

  return (
    <div className="space-y-8">
      {header}
      <p className="text-sm text-slate-600">{context.period.name} · {context.period.agencyName}</p>

      <Section id="ringkasan" title="Ringkasan">
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-3">
          <StatCard label="Unit peserta" value={formatInteger(summary.unitCount)} testId="unit-count"
            note={<Link href={units({})} className="text-brand-700 underline">Buka tabel unit</Link>} />
          <StatCard label="Rata-rata butir terjawab" value={formatPercent(summary.avgAnsweredShare)} testId="avg-answered" note="Progres pengisian LKE per unit" />
          <StatCard label="Rata-rata kelengkapan bukti dukung" value={formatPercent(summary.avgEvidencedShare)} testId="avg-evidenced" note="Butir yang memiliki bukti dukung" />
          <StatCard label="Rata-rata nilai mandiri" value={formatScore(summary.avgSelfTotal)} testId="avg-self" note="dari 100" />
          <StatCard label="Rata-rata nilai TPI" value={summary.avgEvalTotal === null ? "—" : formatScore(summary.avgEvalTotal)} testId="avg-evaluator"
            note={`${formatInteger(summary.evaluatedCount)} unit sudah dinilai TPI`} />
          <StatCard label="Tenggat berisiko" value={formatInteger(risk.count)} testId="risk-total"
            note={risk.count ? <Link href={units({ risiko: "1" })} className="text-brand-700 underline">Lihat unitnya</Link> : "Tidak ada unit berisiko"} />
        </div>
      </Section>

      <PlanProgressSection progress={planProgress} />
      <SurveyProgressSection progress={surveyProgress} />
      <PekpppBesideZiSection pekppp={pekppp} unitCount={summary.unitCount} />

      <Section id="status" title="Status LKE">
        <StatusCounts counts={summary.statusCounts} total={summary.unitCount} hrefFor={(status) => units({ status })} />
      </Section>

      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="predikat" title="Memenuhi syarat nilai WBK/WBBM">
          <PredicateCounts summary={summary} hrefFor={(predikat) => units({ predikat })} />
        </Section>
        <Section id="tenggat" title="Tenggat berisiko">
          <DeadlinesAtRisk risk={risk} now={context.now} listHref={units({ risiko: "1" })} />
        </Section>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <ScoreDistributionChart buckets={distribution} unitCount={summary.unitCount} evaluatedCount={summary.evaluatedCount} />
        <AreaAveragesChart areas={areaScores.areas} thresholds={thresholds} />
      </div>

      <Section id="kelemahan" title="Di mana instansi lemah"
        description="Capaian rata-rata setiap area terhadap bobotnya per wilayah (nilai TPI bila sudah dinilai, selain itu nilai mandiri).">
        <HeatMap caption="Peta capaian area per wilayah" rowHeading="Wilayah" leadHeading="Unit" areas={areaScores.areas.map((a) => a.area)} bins={bins}
          rows={[
            { key: "semua", header: "Seluruh unit", lead: formatInteger(summary.unitCount), shares: Object.fromEntries(areaScores.areas.map((a) => [a.area.code, a.reference])) },
            ...areaScores.regions.map((r) => ({
              key: r.regionId, lead: formatInteger(r.unitCount), shares: r.shares,
              header: <RegionLink href={units({ wilayah: r.regionId, tampilan: "area" })}>{r.regionName}</RegionLink>,
            })),
          ]} />
        <p className="text-sm"><Link href={units({ tampilan: "area" })} className="text-brand-700 underline">Lihat peta per unit</Link></p>
        <h3 className="pt-2 font-semibold">10 indikator dengan rata-rata terendah</h3>
        <WeakestIndicators indicators={weakest} />
      </Section>

      <div className="grid gap-6 lg:grid-cols-2">
        <ProgressChart progress={progress} />
        <YearOverYearChart years={years} />
      </div>

      <Section id="wilayah" title="Per wilayah">
        <RegionSummaryTable regions={regions} hrefFor={(wilayah) => units({ wilayah })} />
      </Section>
    </div>
  );
}
