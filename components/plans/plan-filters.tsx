import { STEP_STATUS_LABEL, type TStepStatus } from "@/lib/plans/plan-calendar";
import { ALL_AREAS, type TPlanFilters, type TPlanGrid } from "@/lib/plans/plan-grid";

type TProps = { areas: { code: string; title: string }[]; people: TPlanGrid["people"]; filters: TPlanFilters };

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5";

/** Filters as a plain GET form: they live in the address, so a filtered view can be shared. */
export function PlanFilters({ areas, people, filters }: TProps) {
  return (
    <form method="get" className="no-print grid grid-cols-2 items-end gap-2 text-sm sm:grid-cols-4" aria-label="Saring rencana aksi">
      <label className="col-span-2 sm:col-span-1">Area
        <select name="area" defaultValue={filters.area ?? ""} className={field}>
          <option value="">Semua area</option>
          <option value={ALL_AREAS}>Semua area, langkah aksi ditampilkan</option>
          {areas.map((a) => <option key={a.code} value={a.code}>{a.code} {a.title}</option>)}
        </select>
      </label>
      <label>Penanggung jawab
        <select name="pj" defaultValue={filters.person ?? ""} className={field}>
          <option value="">Semua</option>
          {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </label>
      <label>Status
        <select name="status" defaultValue={filters.status ?? ""} className={field}>
          <option value="">Semua status</option>
          {(Object.keys(STEP_STATUS_LABEL) as TStepStatus[]).map((s) => <option key={s} value={s}>{STEP_STATUS_LABEL[s]}</option>)}
        </select>
      </label>
      <button type="submit" className="col-span-2 rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white sm:col-span-1">Terapkan</button>
    </form>
  );
}
