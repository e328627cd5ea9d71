"use client";

import { MONTHS, MONTH_SHORT } from "@/lib/plans/plan-calendar";

type TProps = { value: number[]; onChange: (months: number[]) => void };

/** The twelve months as checkboxes (Jan ... Des), kept in ascending order. */
export function MonthCheckboxes({ value, onChange }: TProps) {
  return (
    <div className="mt-1 grid grid-cols-6 gap-1 sm:grid-cols-12">
      {MONTHS.map((m) => (
        <label key={m} className="flex items-center justify-center gap-1 rounded border border-slate-300 px-1 py-1 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
          <input type="checkbox" checked={value.includes(m)} className="accent-brand-700"
            onChange={(e) => onChange(e.target.checked ? [...value, m].sort((a, b) => a - b) : value.filter((x) => x !== m))} />
          {MONTH_SHORT[m - 1]}
        </label>
      ))}
    </div>
  );
}
