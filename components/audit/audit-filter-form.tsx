import type { TAuditFilters } from "@/lib/audit-viewer/schemas";
import { inputClass, secondaryButtonClass } from "@/components/admin/form-message";

type TOptions = { units: { id: string; name: string }[]; users: { id: string; name: string }[]; kinds: string[] };

/** A plain GET form: the filters live in the address, so a search can be bookmarked and exported. */
export function AuditFilterForm({ agencyId, agencies, filters, options }: { agencyId: string; agencies: { id: string; name: string }[]; filters: TAuditFilters; options: TOptions }) {
  const select = (name: string, label: string, value: string | undefined, choices: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`audit-${name}`} className="block text-sm font-medium">{label}</label>
      <select id={`audit-${name}`} name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">Semua</option>
        {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </select>
    </div>
  );
  return (
    <form role="search" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6 lg:items-end">
      {agencies.length > 1 ? select("instansi", "Instansi", agencyId, agencies.map((a) => ({ value: a.id, label: a.name }))) : <input type="hidden" name="instansi" value={agencyId} />}
      {select("unit", "Unit", filters.unit, options.units.map((u) => ({ value: u.id, label: u.name })))}
      {select("pengguna", "Pengguna", filters.pengguna, options.users.map((u) => ({ value: u.id, label: u.name })))}
      {select("jenis", "Jenis", filters.jenis, options.kinds.map((k) => ({ value: k, label: k })))}
      <div>
        <label htmlFor="audit-dari" className="block text-sm font-medium">Dari tanggal</label>
        <input id="audit-dari" name="dari" type="date" defaultValue={filters.dari} className={inputClass} />
      </div>
      <div>
        <label htmlFor="audit-sampai" className="block text-sm font-medium">Sampai tanggal</label>
        <input id="audit-sampai" name="sampai" type="date" defaultValue={filters.sampai} className={inputClass} />
      </div>
      <button type="submit" className={secondaryButtonClass}>Terapkan</button>
    </form>
  );
}
