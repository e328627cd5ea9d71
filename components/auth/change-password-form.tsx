"use client";

import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { changePasswordAction } from "@/lib/accounts/change-password-action";
import { NEW_PASSWORD_MIN, ZChangePassword, type TChangePassword } from "@/lib/auth/schemas";
import { FieldError, FormMessage, inputClass, primaryButtonClass } from "@/components/admin/form-message";
import { applyServerErrors } from "@/components/admin/server-errors";

export function ChangePasswordForm() {
  const id = useId();
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string }>();
  const form = useForm<TChangePassword>({ resolver: zodResolver(ZChangePassword), mode: "onTouched", defaultValues: { currentPassword: "", newPassword: "" } });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    setOutcome(undefined);
    const result = await changePasswordAction(values);
    if (result.ok) {
      form.reset();
      const ended = result.data.sessionsEnded;
      return setOutcome({ tone: "success", text: `Kata sandi diubah.${ended ? ` ${ended} sesi lain di perangkat lain telah diakhiri.` : ""}` });
    }
    applyServerErrors(form.setError, result.fieldErrors);
    setOutcome({ tone: "error", text: result.message });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-busy={isSubmitting}>
      <div>
        <label htmlFor={`${id}-current`} className="block text-sm font-medium">Kata sandi saat ini</label>
        <input id={`${id}-current`} type="password" autoComplete="current-password" {...register("currentPassword")} className={inputClass}
          aria-invalid={errors.currentPassword ? true : undefined} />
        <FieldError id={`${id}-current-error`} message={errors.currentPassword?.message} />
      </div>
      <div>
        <label htmlFor={`${id}-new`} className="block text-sm font-medium">Kata sandi baru</label>
        <input id={`${id}-new`} type="password" autoComplete="new-password" {...register("newPassword")} className={inputClass}
          aria-invalid={errors.newPassword ? true : undefined} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">Minimal {NEW_PASSWORD_MIN} karakter; kata sandi yang umum ditolak.</p>
        <FieldError id={`${id}-new-error`} message={errors.newPassword?.message} />
      </div>
      {outcome ? <FormMessage tone={outcome.tone}>{outcome.text}</FormMessage> : null}
      <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>{isSubmitting ? "Menyimpan..." : "Ubah kata sandi"}</button>
    </form>
  );
}
