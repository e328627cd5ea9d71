"use client";

import { useEffect, useId, useMemo, useRef } from "react";
import { subtreeIds, type TUnitOption } from "@/lib/units/unit-tree";
import { formatInteger } from "@/lib/format";

type TProps = {
  legend: string;
  units: TUnitOption[];
  value: string[];
  onChange: (unitIds: string[]) => void;
  /** Units already taking part: shown ticked, not selectable. */
  locked?: ReadonlySet<string>;
  error?: string;
};

/** The agency's units as an indented checkbox tree, with "pilih semua" and per-branch selection. */
export function UnitTreePicker({ legend, units, value, onChange, locked, error }: TProps) {
  const id = useId();
  const selected = useMemo(() => new Set(value), [value]);
  const selectable = useMemo(() => units.filter((u) => !locked?.has(u.id)).map((u) => u.id), [units, locked]);
  const hasChildren = useMemo(() => new Set(units.map((u) => u.parentId).filter(Boolean)), [units]);
  const allChecked = selectable.length > 0 && selectable.every((u) => selected.has(u));
  const someChecked = !allChecked && selectable.some((u) => selected.has(u));
  const allRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = someChecked;
  }, [someChecked]);

  const set = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const unitId of ids) {
      if (locked?.has(unitId)) continue;
      if (on) next.add(unitId);
      else next.delete(unitId);
    }
    // Keep tree order so the list the server receives reads like the tree.
    onChange(units.map((u) => u.id).filter((unitId) => next.has(unitId)));
  };

  const errorId = `${id}-error`;
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-3" aria-describedby={error ? errorId : undefined}>
      <legend className="px-1 font-medium">{legend}</legend>
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 pb-2">
        <label className="inline-flex items-center gap-2 font-medium">
          <input ref={allRef} type="checkbox" checked={allChecked} disabled={selectable.length === 0}
            onChange={(e) => set(selectable, e.currentTarget.checked)} className="size-4" />
          Pilih semua
        </label>
        <span className="text-sm text-slate-600" aria-live="polite">
          {formatInteger(value.length)} dari {formatInteger(selectable.length)} unit dipilih
        </span>
      </div>
      {error ? <p id={errorId} className="mt-2 text-sm text-red-700">{error}</p> : null}
      <ul className="mt-2 max-h-96 space-y-1 overflow-y-auto pr-1">
        {units.map((unit) => {
          const isLocked = locked?.has(unit.id) ?? false;
          const branch = hasChildren.has(unit.id) ? subtreeIds(units, unit.id) : null;
          const branchOn = branch?.every((u) => selected.has(u) || locked?.has(u)) ?? false;
          return (
            <li key={unit.id} className="flex flex-wrap items-center gap-x-2 gap-y-1 py-0.5" style={{ paddingLeft: `${unit.depth * 1.25}rem` }}>
              <input id={`${id}-${unit.id}`} type="checkbox" className="size-4 shrink-0"
                checked={isLocked || selected.has(unit.id)} disabled={isLocked}
                onChange={(e) => set([unit.id], e.currentTarget.checked)} />
              <label htmlFor={`${id}-${unit.id}`} className="min-w-0 flex-1 break-words">
                {unit.name} <span className="text-xs text-slate-500">{unit.level} · {unit.code}</span>
                {isLocked ? <span className="ml-1 text-xs text-emerald-800">(sudah ikut)</span> : null}
              </label>
              {branch ? (
                <button type="button" onClick={() => set(branch, !branchOn)}
                  className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100">
                  {branchOn ? "Batalkan cabang" : "Pilih cabang"}<span className="sr-only"> {unit.name}</span>
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
