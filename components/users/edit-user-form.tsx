"use client";

import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { updateUserAction } from "@/lib/accounts/user-actions";
import { ZUpdateUser, type TUpdateUserInput } from "@/lib/accounts/user-schemas";
import { FormMessage, primaryButtonClass } from "@/components/admin/form-message";
import { applyServerErrors } from "@/components/admin/server-errors";
import { UserDetailFields } from "@/components/users/user-detail-fields";

export function EditUserForm({ user }: { user: TUpdateUserInput }) {
  const id = useId();
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string }>();
  const form = useForm<TUpdateUserInput>({ resolver: zodResolver(ZUpdateUser), mode: "onTouched", defaultValues: user });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    setOutcome(undefined);
    const result = await updateUserAction(values);
    if (result.ok) return setOutcome({ tone: "success", text: "Data pengguna tersimpan." });
    applyServerErrors(form.setError, result.fieldErrors);
    setOutcome({ tone: "error", text: result.message });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-busy={isSubmitting}>
      <UserDetailFields id={id} register={register} errors={errors} />
      {outcome ? <FormMessage tone={outcome.tone}>{outcome.text}</FormMessage> : null}
      <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>{isSubmitting ? "Menyimpan..." : "Simpan"}</button>
    </form>
  );
}
