import type { Server } from "node:http";
import Provider from "oidc-provider";

// A real OpenID Connect provider (the npm oidc-provider, with its development sign-in pages) for
// the SSO tests: any login name signs in as the account of that name, with its email claims.

export type TOidcAccount = { email: string; email_verified: boolean; name: string };
export type TOidcServer = { issuer: string; stop: () => Promise<void> };

export const OIDC_CLIENT = { clientId: "zona-integritas", clientSecret: "rahasia-klien-uji" };

export async function startOidcServer(port: number, redirectUri: string, accounts: Record<string, TOidcAccount>): Promise<TOidcServer> {
  // With the trailing slash: the issuer exactly as the app's discovery compares it.
  const issuer = `http://127.0.0.1:${port}/`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: OIDC_CLIENT.clientId, client_secret: OIDC_CLIENT.clientSecret, redirect_uris: [redirectUri] }],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The email in the ID token too, where the app reads the profile from.
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => {
      const account = accounts[id];
      return account ? { accountId: id, claims: () => ({ sub: id, ...account }) } : undefined;
    },
  });
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(port, () => resolve(listening));
  });
  return { issuer, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
