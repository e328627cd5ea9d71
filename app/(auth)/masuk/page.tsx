import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { LoginForm } from "@/components/auth/login-form";
import { SsoSignIn } from "@/components/auth/sso-sign-in";
import { isSsoRefusal, SSO_REFUSAL_MESSAGE, ssoConfig } from "@/lib/auth/sso-config";

export const metadata: Metadata = { title: "Masuk" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; sso?: string }> }) {
  if (await getSessionUser()) redirect("/");
  const { next, sso: refusal } = await searchParams;
  const sso = ssoConfig();
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Zona Integritas</p>
          <h1 className="mt-1 text-2xl font-bold">Masuk ke LKE ZI</h1>
          <p className="mt-2 text-sm text-slate-600">Lembar Kerja Evaluasi pembangunan Zona Integritas menuju WBK/WBBM</p>
        </div>
        {isSsoRefusal(refusal) ? <p role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{SSO_REFUSAL_MESSAGE[refusal]}</p> : null}
        <LoginForm next={next ?? "/"} />
        {sso ? <SsoSignIn name={sso.name} next={next ?? "/"} /> : null}
      </div>
    </main>
  );
}
