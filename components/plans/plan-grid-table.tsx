import Link from "next/link";
import { progressText } from "@/lib/plans/progress-text";
import { MONTH_SHORT } from "@/lib/plans/plan-calendar";
import type { TPlanGrid, TProgress } from "@/lib/plans/plan-grid";
import { AddStepButton } from "@/components/plans/add-step-button";
import { StepRow } from "@/components/plans/step-row";
import { PlanGridProvider } from "@/components/plans/plan-grid-context";

/** The plan as seed 002 lays it out: area / indikator / langkah aksi rows, January to December columns. */
export function PlanGridTable({ assessmentId, grid, areaHref }: { assessmentId: string; grid: TPlanGrid; areaHref: (areaCode: string) => string }) {
  const defaultTarget = `${grid.year}-12-31`;
  // Only what a form may need: readers get no document lists.
  const documentsByNode = grid.canEdit ? Object.fromEntries(grid.areas.flatMap((a) => a.indicators.map((i) => [i.nodeId, i.expectedDocuments]))) : {};
  const shared = { assessmentId, canEdit: grid.canEdit, canRealise: grid.canRealise, people: grid.canEdit ? grid.people : [], documentsByNode };
  return (
    <PlanGridProvider value={shared}>
    <div className="overflow-x-auto rounded-md border border-slate-200 bg-white print:overflow-visible">
      <table className="w-full border-collapse text-sm" aria-label={`Rencana aksi ${grid.unitName} tahun ${grid.year}`}>
        <thead className="bg-slate-100 text-xs">
          <tr>
            <th scope="col" className="sticky left-0 z-[2] bg-slate-100 px-2 py-2 text-left">Area / indikator / langkah aksi</th>
            <th scope="col" className="px-2 py-2 text-left">Penanggung jawab</th>
            {MONTH_SHORT.map((m) => <th key={m} scope="col" className="w-7 px-0.5 py-2 text-center">{m}</th>)}
            <th scope="col" className="px-2 py-2 text-left">Target</th>
            <th scope="col" className="px-2 py-2 text-left">Status</th>
          </tr>
        </thead>
        {grid.areas.map((area) => (
          <tbody key={area.code} data-testid={`plan-area-${area.code}`}>
            <tr className="bg-brand-50">
              <th scope="rowgroup" colSpan={16} className="px-2 py-2 text-left">
                <span className="sticky left-2 inline-block">
                  <span className="font-mono text-xs text-slate-600">{area.code}</span> {area.title}
                  <span className="ml-2 text-xs font-normal text-slate-700" data-testid="area-progress">{progressText(area.progress)}</span>
                  {area.open ? null : (
                    <Link href={areaHref(area.code)} className="no-print ml-2 text-xs font-medium text-brand-700 underline">
                      Tampilkan langkah aksi<span className="sr-only"> area {area.code}</span>
                    </Link>
                  )}
                </span>
              </th>
            </tr>
            {area.indicators.map((indicator) => (
              <IndicatorRows key={indicator.code} grid={grid} indicator={indicator} defaultTarget={defaultTarget} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
    </PlanGridProvider>
  );
}

function IndicatorRows({ grid, indicator, defaultTarget }: { grid: TPlanGrid; indicator: TPlanGrid["areas"][number]["indicators"][number]; defaultTarget: string }) {
  return (
    <>
      <tr className="border-t border-slate-300" data-testid={`plan-indicator-${indicator.code}`}>
        <th scope="row" colSpan={16} className="px-2 py-1.5 text-left font-medium">
          <div className="sticky left-2 inline-block max-w-[calc(100vw-3rem)]">
            <span className="font-mono text-xs text-slate-500">{indicator.code}</span> {indicator.title}{" "}
            {grid.canEdit ? <AddStepButton nodeId={indicator.nodeId} indicatorCode={indicator.code} defaultTarget={defaultTarget} /> : null}
          </div>
        </th>
      </tr>
      {indicator.steps.map((step, index) => (
        <StepRow key={`${step.id}:${step.version}`} step={step} number={index + 1} />
      ))}
    </>
  );
}
