import { beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { sessionTokenOf } from "@/lib/auth/session-token";

// The session cookie as Auth.js writes it (its own encode), read the way every request reads it.

const SECRET = "a-test-secret-of-at-least-thirty-two-characters";
const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";

beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
});

const cookieFor = async (name: string, claims: Record<string, unknown>, maxAge = 3600) =>
  `${name}=${await encode({ token: claims, secret: SECRET, salt: name, maxAge })}; other=1`;

describe("sessionTokenOf", () => {
  it("reads the user and session ids of a cookie Auth.js wrote, the second time from memory", async () => {
    const cookie = await cookieFor(PLAIN, { sub: "user-1", sid: "session-1" });
    expect(await sessionTokenOf(cookie, false)).toEqual({ userId: "user-1", sessionId: "session-1" });
    expect(await sessionTokenOf(cookie, false)).toEqual({ userId: "user-1", sessionId: "session-1" });
  });

  it("takes only the cookie name of the scheme: __Secure- over HTTPS, the plain name over HTTP", async () => {
    const secure = await cookieFor(SECURE, { sub: "user-1", sid: "session-1" });
    expect(await sessionTokenOf(secure, true)).toEqual({ userId: "user-1", sessionId: "session-1" });
    expect(await sessionTokenOf(secure, false)).toBeNull();
    expect(await sessionTokenOf(await cookieFor(PLAIN, { sub: "user-1", sid: "session-1" }), true)).toBeNull();
  });

  it("refuses a tampered, foreign-secret, expired or session-less cookie", async () => {
    const cookie = await cookieFor(PLAIN, { sub: "user-1", sid: "session-1" });
    const tampered = cookie.replace(/=(.)/, (_, c: string) => `=${c === "a" ? "b" : "a"}`);
    expect(await sessionTokenOf(tampered, false)).toBeNull();
    const foreign = `${PLAIN}=${await encode({ token: { sub: "user-1", sid: "s" }, secret: "another-secret-of-at-least-32-characters!", salt: PLAIN })}`;
    expect(await sessionTokenOf(foreign, false)).toBeNull();
    expect(await sessionTokenOf(await cookieFor(PLAIN, { sub: "user-1", sid: "session-1" }, -60), false)).toBeNull();
    expect(await sessionTokenOf(await cookieFor(PLAIN, { sub: "user-1" }), false)).toBeNull();
    expect(await sessionTokenOf("", false)).toBeNull();
  });
});
