import "server-only";
import { headers } from "next/headers";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { clientAddress } from "@/lib/auth/client-address";
import { revokeSession, SESSION_HOURS } from "@/lib/auth/sessions";
import { signInWithSso } from "@/lib/auth/sso-account";
import { ssoConfig } from "@/lib/auth/sso-config";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class ThrottledCredentials extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `throttled:${minutes}`;
  }
}

declare module "next-auth" {
  interface User {
    sessionId?: string;
  }
  interface Session {
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** The server-side session row (lib/auth/sessions.ts) this token stands for. */
    sid?: string;
  }
}

const sso = ssoConfig();

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: "/masuk" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authorizeCredentials(credentials, clientAddress(request.headers));
        if (result.ok) return result.user;
        if (result.reason === "throttled") throw new ThrottledCredentials(result.minutes);
        throw new InvalidCredentials();
      },
    }),
    // The agency's OpenID Connect provider, when configured (README: AUTH_OIDC_*).
    ...(sso ? [{ id: "oidc", name: sso.name, type: "oidc" as const, issuer: sso.issuer, clientId: sso.clientId, clientSecret: sso.clientSecret }] : []),
  ],
  callbacks: {
    /**
     * An SSO identity signs in as the active account with its verified email, or not at all (the
     * sign-in page says why). The account's own id and a server-side session replace the
     * provider's subject, so the session is the same kind a password opens.
     */
    async signIn({ user, account, profile }) {
      if (account?.provider !== "oidc") return true;
      const result = await signInWithSso({ email: profile?.email, email_verified: profile?.email_verified }, clientAddress(await headers()));
      if (!result.ok) return `/masuk?sso=${result.reason}`;
      Object.assign(user, result.user);
      return true;
    },
    jwt({ token, user }) {
      if (user?.sessionId) token.sid = user.sessionId;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionId = token.sid;
      return session;
    },
  },
  events: {
    // The cookie is cleared by Auth.js; deleting the row also kills any copy of it.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (sid) await revokeSession(sid);
    },
  },
});
