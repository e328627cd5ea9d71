import "server-only";
import { headers } from "next/headers";
import { getToken } from "next-auth/jwt";

// Reading who is signed in, without Auth.js's whole session endpoint. auth() runs the endpoint
// in-process: it builds a Request, decrypts the cookie, re-encrypts a fresh one and a Set-Cookie
// that a server component or action throws away, and round-trips the result through JSON: about
// 1.5-2 ms of CPU on every page and save. Decrypting the same cookie with the library's own
// getToken is all a request needs; the server-side session row (load-user.ts) is still checked.

export type TSessionToken = { userId: string; sessionId: string };

type TDecoded = TSessionToken & { expiresAtMs: number };

// Decrypting the cookie (key derivation, AES, HMAC through WebCrypto) still costs about 1 ms, and a
// browser sends the same cookie for hours: the ids found in a cookie are remembered, keyed by the
// whole encrypted cookie (only its holder can ask for the entry), until the token expires.
const decoded = new Map<string, TDecoded>();
const REMEMBERED_COOKIES = 10_000;

/** The cookie's user and session ids, or null (no cookie, tampered, expired). */
export async function readSessionToken(): Promise<TSessionToken | null> {
  const incoming = await headers();
  return sessionTokenOf(incoming.get("cookie") ?? "", usesSecureCookies(incoming));
}

/** The ids in a Cookie header, with the cookie name Auth.js uses over HTTPS or HTTP. */
export async function sessionTokenOf(cookie: string, secureCookie: boolean): Promise<TSessionToken | null> {
  const key = `${secureCookie}|${cookie}`;
  const known = decoded.get(key);
  if (known && known.expiresAtMs > Date.now()) return { userId: known.userId, sessionId: known.sessionId };
  // Only the cookie: Auth.js reads no Authorization header either.
  const token = await getToken({ req: { headers: { cookie } }, secret: authSecrets(), secureCookie });
  if (!token?.sub || !token.sid || typeof token.exp !== "number") return null;
  if (decoded.size >= REMEMBERED_COOKIES) decoded.delete(decoded.keys().next().value!);
  decoded.set(key, { userId: token.sub, sessionId: token.sid, expiresAtMs: token.exp * 1000 });
  return { userId: token.sub, sessionId: token.sid };
}

/** The cookie name Auth.js chose when it set the cookie: `__Secure-` over HTTPS (its createActionURL). */
function usesSecureCookies(incoming: Headers): boolean {
  const url = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  if (url) return url.startsWith("https:");
  return (incoming.get("x-forwarded-proto") ?? "https").replace(/:$/, "") === "https";
}

/** AUTH_SECRET and the rotated-out AUTH_SECRET_1..3, newest first, as Auth.js reads them. */
function authSecrets(): string[] {
  const env = process.env;
  return [env.AUTH_SECRET_3, env.AUTH_SECRET_2, env.AUTH_SECRET_1, env.AUTH_SECRET].filter((s): s is string => !!s);
}
