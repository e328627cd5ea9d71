import type { UseFormRegister, FieldErrors } from "react-hook-form";
import type { TUnitOption } from "@/lib/units/unit-tree";
import { ASSIGNABLE_ROLES, ROLE_LABEL } from "@/lib/accounts/user-schemas";
import { FieldError, inputClass } from "@/components/admin/form-message";

type TRoleValues = { role: (typeof ASSIGNABLE_ROLES)[number]; unitId: string };

/** Role and unit selects, shared by the invitation and the "add role" forms. */
export function RoleFields<T extends TRoleValues>({ id, units, register, errors }: {
  id: string; units: TUnitOption[]; register: UseFormRegister<T>; errors: FieldErrors<TRoleValues>;
}) {
  const reg = register as unknown as UseFormRegister<TRoleValues>;
  return (
    <>
      <div>
        <label htmlFor={`${id}-role`} className="block text-sm font-medium">Peran</label>
        <select id={`${id}-role`} {...reg("role")} className={inputClass} aria-invalid={errors.role ? true : undefined}>
          {ASSIGNABLE_ROLES.map((role) => <option key={role} value={role}>{ROLE_LABEL[role]}</option>)}
        </select>
        <FieldError id={`${id}-role-error`} message={errors.role?.message} />
      </div>
      <div>
        <label htmlFor={`${id}-unitId`} className="block text-sm font-medium">Unit</label>
        <select id={`${id}-unitId`} {...reg("unitId")} className={inputClass} aria-invalid={errors.unitId ? true : undefined}
          aria-describedby={errors.unitId ? `${id}-unitId-error` : undefined}>
          <option value="">Pilih unit...</option>
          {units.map((u) => <option key={u.id} value={u.id}>{`${"\u00a0\u00a0".repeat(u.depth)}${u.name} (${u.level})`}</option>)}
        </select>
        <FieldError id={`${id}-unitId-error`} message={errors.unitId?.message} />
      </div>
    </>
  );
}
