"use client";

import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { addUserRoleAction, removeUserRoleAction } from "@/lib/accounts/user-actions";
import { ROLE_LABEL, ZAddRole, type TAddRoleInput } from "@/lib/accounts/user-schemas";
import type { TManagedUser } from "@/lib/accounts/user-queries";
import type { TUnitOption } from "@/lib/units/unit-tree";
import { FormMessage, secondaryButtonClass } from "@/components/admin/form-message";
import { applyServerErrors } from "@/components/admin/server-errors";
import { RoleFields } from "@/components/users/role-fields";

/** The user's roles on the agency's units: remove one, or give another. */
export function UserRoles({ userId, roles, units }: { userId: string; roles: TManagedUser["roles"]; units: TUnitOption[] }) {
  const id = useId();
  const router = useRouter();
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  const form = useForm<TAddRoleInput>({ resolver: zodResolver(ZAddRole), defaultValues: { userId, role: "UNIT_MEMBER", unitId: "" } });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;

  const remove = (roleId: string) => startTransition(async () => {
    const result = await removeUserRoleAction({ userId, roleId });
    setMessage(result.ok ? undefined : result.message);
    router.refresh();
  });
  const add = handleSubmit(async (values) => {
    const result = await addUserRoleAction(values);
    if (!result.ok) {
      applyServerErrors(form.setError, result.fieldErrors);
      return setMessage(result.message);
    }
    setMessage(undefined);
    form.reset({ userId, role: values.role, unitId: "" });
    router.refresh();
  });

  return (
    <div className="space-y-4">
      {roles.length === 0 ? <p className="text-slate-600">Belum ada peran: pengguna ini tidak dapat membuka data apa pun.</p> : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {roles.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
              <span><span className="font-medium">{ROLE_LABEL[r.role]}</span> · {r.unitName}</span>
              <button type="button" disabled={pending} onClick={() => remove(r.id)} className={secondaryButtonClass}
                aria-label={`Cabut peran ${ROLE_LABEL[r.role]} pada ${r.unitName}`}>Cabut</button>
            </li>
          ))}
        </ul>
      )}
      {message ? <FormMessage tone="error">{message}</FormMessage> : null}
      <form onSubmit={add} noValidate className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <RoleFields id={id} units={units} register={register} errors={errors} />
        <button type="submit" disabled={isSubmitting} className={secondaryButtonClass}>Tambah peran</button>
      </form>
    </div>
  );
}
