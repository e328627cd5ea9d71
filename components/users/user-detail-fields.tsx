import type { FieldErrors, UseFormRegister } from "react-hook-form";
import type { TUserDetails } from "@/lib/accounts/user-schemas";
import { FieldError, inputClass } from "@/components/admin/form-message";

const FIELDS: { name: keyof TUserDetails; label: string; type: string; autoComplete: string; hint?: string }[] = [
  { name: "name", label: "Nama lengkap", type: "text", autoComplete: "off" },
  { name: "email", label: "Email", type: "email", autoComplete: "off" },
  { name: "nip", label: "NIP", type: "text", autoComplete: "off", hint: "18 angka; kosongkan bila tidak ada." },
  { name: "phone", label: "Nomor telepon", type: "tel", autoComplete: "off" },
];

/** Name, email, NIP, phone: the same fields when inviting and editing. */
export function UserDetailFields<T extends TUserDetails>({ id, register, errors }: { id: string; register: UseFormRegister<T>; errors: FieldErrors<TUserDetails> }) {
  const reg = register as unknown as UseFormRegister<TUserDetails>;
  return (
    <>
      {FIELDS.map((f) => (
        <div key={f.name}>
          <label htmlFor={`${id}-${f.name}`} className="block text-sm font-medium">{f.label}</label>
          <input id={`${id}-${f.name}`} type={f.type} autoComplete={f.autoComplete} inputMode={f.name === "nip" ? "numeric" : undefined}
            {...reg(f.name)} className={inputClass} aria-invalid={errors[f.name] ? true : undefined}
            aria-describedby={errors[f.name] ? `${id}-${f.name}-error` : undefined} />
          {f.hint ? <p className="mt-1 text-xs text-slate-600">{f.hint}</p> : null}
          <FieldError id={`${id}-${f.name}-error`} message={errors[f.name]?.message} />
        </div>
      ))}
    </>
  );
}
