// Single sign-on through the agency's OpenID Connect provider (Keycloak, Google Workspace, ...),
// on only when all three variables are set. Pure: the sign-in page and Auth.js read the same.

export type TSsoConfig = { issuer: string; clientId: string; clientSecret: string; name: string };

export function ssoConfig(env: Record<string, string | undefined> = process.env): TSsoConfig | null {
  const issuer = env.AUTH_OIDC_ISSUER?.trim();
  const clientId = env.AUTH_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.AUTH_OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return { issuer, clientId, clientSecret, name: env.AUTH_OIDC_NAME?.trim() || "SSO instansi" };
}

export type TSsoRefusal = "no-account" | "unverified" | "no-email";

/** What the sign-in page says after a refused SSO sign-in (?sso=<reason>). */
export const SSO_REFUSAL_MESSAGE: Record<TSsoRefusal, string> = {
  "no-account": "Email akun SSO Anda tidak terdaftar sebagai pengguna aktif aplikasi ini. Minta admin instansi Anda mengundang email tersebut, lalu masuk lagi dengan SSO.",
  unverified: "Email akun SSO Anda belum terverifikasi oleh penyedia SSO. Verifikasi email tersebut, lalu masuk lagi.",
  "no-email": "Penyedia SSO tidak mengirimkan alamat email yang valid. Hubungi admin instansi Anda.",
};

export function isSsoRefusal(value: unknown): value is TSsoRefusal {
  return typeof value === "string" && value in SSO_REFUSAL_MESSAGE;
}
