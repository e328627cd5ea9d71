"use client";

import { FILTER_LABEL, type TWorksheetFilter } from "@/lib/worksheet/filters";

type TProps = {
  filters: TWorksheetFilter[];
  current: TWorksheetFilter;
  counts: Record<TWorksheetFilter, number>;
  onChange: (filter: TWorksheetFilter) => void;
};

/** Filter chips; choosing one (again) applies it to the rows as they are now. */
export function WorksheetFilters({ filters, current, counts, onChange }: TProps) {
  return (
    <div role="group" aria-label="Saring butir" className="flex flex-wrap gap-2 text-sm" data-testid="worksheet-filters">
      {filters.map((filter) => (
        <button key={filter} type="button" aria-pressed={filter === current} onClick={() => onChange(filter)}
          className={`rounded-full border px-3 py-1 ${filter === current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:border-brand-600"}`}>
          {FILTER_LABEL[filter]} <span className="tabular-nums">({counts[filter]})</span>
        </button>
      ))}
    </div>
  );
}
