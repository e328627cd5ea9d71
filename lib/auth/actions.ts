"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth/auth";
import { ZLogin } from "@/lib/auth/schemas";
import { ssoConfig } from "@/lib/auth/sso-config";
import { redirect } from "next/navigation";

export type TLoginState = { error?: string; email?: string };

/** Signs in with email and password; throttled attempts get a message with the wait time. */
export async function loginAction(_previous: TLoginState, formData: FormData): Promise<TLoginState> {
  const email = String(formData.get("email") ?? "");
  const parsed = ZLogin.safeParse({ email, password: formData.get("password") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message, email };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeRedirect(formData.get("next")) });
    return {};
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // the redirect after success
    const code = (error as AuthError & { code?: string }).code ?? "";
    if (code.startsWith("throttled:")) {
      return { error: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${code.split(":")[1]} menit.`, email };
    }
    return { error: "Email atau kata sandi salah.", email };
  }
}

/** Signs in through the agency's SSO (OpenID Connect); back to the sign-in page when it is not configured. */
export async function ssoSignInAction(formData: FormData): Promise<void> {
  if (!ssoConfig()) redirect("/masuk");
  await signIn("oidc", { redirectTo: safeRedirect(formData.get("next")) });
}

/** Only same-site paths: an attacker cannot bounce a user elsewhere after sign-in. */
function safeRedirect(next: FormDataEntryValue | null) {
  const value = typeof next === "string" ? next : "";
  return value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

export async function logoutAction() {
  await signOut({ redirectTo: "/masuk" });
}
