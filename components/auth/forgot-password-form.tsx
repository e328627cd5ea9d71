"use client";

import { useActionState } from "react";
import { requestResetAction, type TFormState } from "@/lib/accounts/actions";
import { BUTTON_CLASS, FORM_CLASS, FormAlert, INPUT_CLASS } from "@/components/auth/auth-card";

export function ForgotPasswordForm() {
  const [state, formAction, pending] = useActionState<TFormState, FormData>(requestResetAction, {});
  if (state.ok) return <div className={FORM_CLASS}><FormAlert message={state.message} /></div>;
  return (
    <form action={formAction} noValidate className={FORM_CLASS}>
      <div>
        <label htmlFor="email" className="block text-sm font-medium">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required maxLength={254} className={INPUT_CLASS} />
      </div>
      <FormAlert error={state.error} />
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>{pending ? "Memproses..." : "Kirim tautan"}</button>
    </form>
  );
}
