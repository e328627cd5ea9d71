import { ssoSignInAction } from "@/lib/auth/actions";

/** "Masuk dengan SSO instansi": shown only when the agency's OpenID Connect provider is configured. */
export function SsoSignIn({ name, next }: { name: string; next: string }) {
  return (
    <form action={ssoSignInAction} className="mt-4 space-y-2 text-center">
      <p className="text-sm text-slate-600">atau</p>
      <input type="hidden" name="next" value={next} />
      <button type="submit" className="w-full rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50">
        Masuk dengan {name}
      </button>
    </form>
  );
}
