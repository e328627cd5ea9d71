"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createUserAction } from "@/lib/accounts/user-actions";
import { ZCreateUser, type TCreateUserInput } from "@/lib/accounts/user-schemas";
import type { TUnitOption } from "@/lib/units/unit-tree";
import { FormMessage, primaryButtonClass } from "@/components/admin/form-message";
import { applyServerErrors } from "@/components/admin/server-errors";
import { RoleFields } from "@/components/users/role-fields";
import { UserDetailFields } from "@/components/users/user-detail-fields";

/** "Undang pengguna": details and a first role; the server emails the link to set a password. */
export function InviteUserForm({ agencyId, units }: { agencyId: string; units: TUnitOption[] }) {
  const id = useId();
  const router = useRouter();
  const [serverError, setServerError] = useState<string>();
  const form = useForm<TCreateUserInput>({
    resolver: zodResolver(ZCreateUser),
    mode: "onTouched",
    defaultValues: { agencyId, name: "", email: "", nip: "", phone: "", role: "UNIT_MEMBER", unitId: "" },
  });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    setServerError(undefined);
    const result = await createUserAction(values);
    if (result.ok) return router.push(`/admin/pengguna/${result.data.userId}?diundang=1`);
    applyServerErrors(form.setError, result.fieldErrors);
    setServerError(result.message);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-busy={isSubmitting}>
      <UserDetailFields id={id} register={register} errors={errors} />
      <RoleFields id={id} units={units} register={register} errors={errors} />
      {serverError ? <FormMessage tone="error">{serverError}</FormMessage> : null}
      <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>{isSubmitting ? "Mengirim undangan..." : "Undang pengguna"}</button>
    </form>
  );
}
