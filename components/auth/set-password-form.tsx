"use client";

import Link from "next/link";
import { useActionState } from "react";
import { setPasswordAction, type TFormState } from "@/lib/accounts/actions";
import { NEW_PASSWORD_MAX, NEW_PASSWORD_MIN } from "@/lib/auth/password-rules";
import { BUTTON_CLASS, FORM_CLASS, FormAlert, INPUT_CLASS } from "@/components/auth/auth-card";

export function SetPasswordForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState<TFormState, FormData>(setPasswordAction, {});
  if (state.ok) {
    return (
      <div className={FORM_CLASS}>
        <FormAlert message={state.message} />
        <Link href="/masuk" className={`${BUTTON_CLASS} block text-center`}>Masuk</Link>
      </div>
    );
  }
  const fieldError = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={formAction} noValidate className={FORM_CLASS}>
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="newPassword" className="block text-sm font-medium">Kata sandi baru</label>
        <input id="newPassword" name="newPassword" type="password" autoComplete="new-password" required minLength={NEW_PASSWORD_MIN} maxLength={NEW_PASSWORD_MAX}
          aria-describedby="password-hint" aria-invalid={fieldError("newPassword") ? true : undefined} className={INPUT_CLASS} />
        <p id="password-hint" className="mt-1 text-xs text-slate-600">
          Minimal {NEW_PASSWORD_MIN} karakter. Kalimat yang mudah Anda ingat lebih kuat daripada kata pendek yang rumit; kata sandi yang umum ditolak.
        </p>
        {fieldError("newPassword") ? <p className="mt-1 text-sm text-red-700">{fieldError("newPassword")}</p> : null}
      </div>
      <div>
        <label htmlFor="confirmPassword" className="block text-sm font-medium">Ulangi kata sandi baru</label>
        <input id="confirmPassword" name="confirmPassword" type="password" autoComplete="new-password" required maxLength={NEW_PASSWORD_MAX}
          aria-invalid={fieldError("confirmPassword") ? true : undefined} className={INPUT_CLASS} />
        {fieldError("confirmPassword") ? <p className="mt-1 text-sm text-red-700">{fieldError("confirmPassword")}</p> : null}
      </div>
      <FormAlert error={state.error} />
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>{pending ? "Memproses..." : "Simpan kata sandi"}</button>
    </form>
  );
}
