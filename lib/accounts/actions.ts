"use server";

import { headers } from "next/headers";
import { toActionError } from "@/lib/action-result";
import { clientAddress } from "@/lib/auth/client-address";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { setPasswordWithToken } from "@/lib/accounts/set-password-with-token";

/** code: the typed error's code, so callers (and the authorization matrix) tell a refusal of access from one of input. */
export type TFormState = { ok?: boolean; message?: string; error?: string; code?: string; fieldErrors?: Record<string, string> };

/** "Lupa kata sandi": the same answer for every address (see requestPasswordReset). */
export async function requestResetAction(_previous: TFormState, formData: FormData): Promise<TFormState> {
  try {
    const message = await requestPasswordReset({ email: formData.get("email") }, clientAddress(await headers()));
    return { ok: true, message };
  } catch (error) {
    const failure = toActionError(error);
    return { error: failure.message, code: failure.code, fieldErrors: failure.fieldErrors };
  }
}

/** Sets the password from an emailed link (reset or invitation); the user then signs in. */
export async function setPasswordAction(_previous: TFormState, formData: FormData): Promise<TFormState> {
  try {
    const { purpose } = await setPasswordWithToken({
      token: formData.get("token"), newPassword: formData.get("newPassword"), confirmPassword: formData.get("confirmPassword"),
    });
    return { ok: true, message: purpose === "INVITE" ? "Kata sandi telah dibuat. Silakan masuk." : "Kata sandi telah diubah. Silakan masuk dengan kata sandi baru." };
  } catch (error) {
    const failure = toActionError(error);
    return { error: failure.message, code: failure.code, fieldErrors: failure.fieldErrors };
  }
}
