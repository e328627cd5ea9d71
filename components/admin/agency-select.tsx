import { inputClass } from "@/components/admin/form-message";

/** The Instansi field of an admin page's filter form, for admins of several agencies only. */
export function AgencySelect({ agencies, value }: { agencies: { id: string; name: string }[]; value: string }) {
  if (agencies.length < 2) return null;
  return (
    <div>
      <label htmlFor="instansi" className="block text-sm font-medium">Instansi</label>
      <select id="instansi" name="instansi" defaultValue={value} className={inputClass}>
        {agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
      </select>
    </div>
  );
}
