// The little of oidc-provider (no bundled types) the SSO tests use.
declare module "oidc-provider" {
  import type { Server } from "node:http";
  type TAccount = { accountId: string; claims: () => Record<string, unknown> };
  export default class Provider {
    constructor(issuer: string, configuration: {
      clients: { client_id: string; client_secret: string; redirect_uris: string[] }[];
      claims?: Record<string, string[]>;
      conformIdTokenClaims?: boolean;
      findAccount: (context: unknown, id: string) => TAccount | undefined | Promise<TAccount | undefined>;
    });
    listen(port: number, listening?: () => void): Server;
  }
}
