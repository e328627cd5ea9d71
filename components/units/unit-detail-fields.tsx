import type { FieldErrors, UseFormRegister } from "react-hook-form";
import type { TUnitDetailsInput } from "@/lib/units/schemas";
import { TIME_ZONE_LABEL } from "@/lib/units/schemas";
import { FieldError, inputClass } from "@/components/admin/form-message";

const TEXT_FIELDS: { name: "code" | "name" | "level" | "region" | "district"; label: string; hint?: string }[] = [
  { name: "name", label: "Nama unit" },
  { name: "code", label: "Kode unit", hint: "Unik; dipakai saat impor pengguna. Huruf, angka, titik, garis bawah, tanda hubung." },
  { name: "level", label: "Jenis unit", hint: "Sebutan instansi untuk tingkat unit, mis. Kejati, Kejari, BPS Kota." },
  { name: "region", label: "Wilayah", hint: "Provinsi atau wilayah kerja, mis. Sulawesi Selatan." },
  { name: "district", label: "Kecamatan layanan", hint: "Opsional: kecamatan atau kabupaten/kota yang dilayani, mis. Sungai Kunjang. Peringkat PEKPPP per kecamatan mengelompokkan unit menurut isian ini." },
];

/** Name, code, type, region, district and time zone: the same fields when adding and editing a unit. */
export function UnitDetailFields<T extends TUnitDetailsInput>({ id, register, errors }: { id: string; register: UseFormRegister<T>; errors: FieldErrors<TUnitDetailsInput> }) {
  const reg = register as unknown as UseFormRegister<TUnitDetailsInput>;
  const describedBy = (name: keyof TUnitDetailsInput) => (errors[name] ? `${id}-${name}-error` : undefined);
  return (
    <>
      {TEXT_FIELDS.map((f) => (
        <div key={f.name}>
          <label htmlFor={`${id}-${f.name}`} className="block text-sm font-medium">{f.label}</label>
          <input id={`${id}-${f.name}`} type="text" autoComplete="off" {...reg(f.name)} className={inputClass}
            aria-invalid={errors[f.name] ? true : undefined} aria-describedby={describedBy(f.name)} />
          {f.hint ? <p className="mt-1 text-xs text-slate-600">{f.hint}</p> : null}
          <FieldError id={`${id}-${f.name}-error`} message={errors[f.name]?.message} />
        </div>
      ))}
      <div>
        <label htmlFor={`${id}-timeZone`} className="block text-sm font-medium">Zona waktu</label>
        <select id={`${id}-timeZone`} {...reg("timeZone")} className={inputClass} aria-invalid={errors.timeZone ? true : undefined} aria-describedby={describedBy("timeZone")}>
          {Object.entries(TIME_ZONE_LABEL).map(([zone, label]) => <option key={zone} value={zone}>{label}</option>)}
        </select>
        <FieldError id={`${id}-timeZone-error`} message={errors.timeZone?.message} />
      </div>
    </>
  );
}
