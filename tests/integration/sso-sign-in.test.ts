import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-user";
import { signInWithSso } from "@/lib/auth/sso-account";
import { SSO_REFUSAL_MESSAGE, ssoConfig } from "@/lib/auth/sso-config";
import { resetDatabase } from "@/tests/support/db";
import { createWorld } from "@/tests/support/fixtures";

// Single sign-on matches the identity provider's verified email to an existing active account:
// it opens a session of that account and gives no role; anything else is refused in Indonesian.

beforeEach(async () => {
  await resetDatabase();
  await createWorld();
});

describe("signing in with SSO", () => {
  it("opens a session of the account with the same email (any case), with exactly its roles", async () => {
    const rolesBefore = await prisma.roleAssignment.findMany({ where: { userId: "member-a" } });
    const result = await signInWithSso({ email: "Member-A@Test.ID", email_verified: true }, "10.0.0.1");
    if (!result.ok) throw new Error(result.reason);
    expect(result.user).toMatchObject({ id: "member-a", email: "member-a@test.id" });
    const sessionUser = await loadSessionUser("member-a", result.user.sessionId);
    expect(sessionUser?.roles.map((r) => [r.role, r.unitId])).toEqual([["UNIT_MEMBER", "unit-a"]]);
    expect(await prisma.roleAssignment.findMany({ where: { userId: "member-a" } })).toEqual(rolesBefore);
    expect(await prisma.loginAttempt.count({ where: { email: "member-a@test.id", success: true } })).toBe(1);
  });

  it("refuses an email that matches no account, creating nothing", async () => {
    const users = await prisma.user.count();
    const result = await signInWithSso({ email: "orang.baru@instansi.go.id", email_verified: true }, "10.0.0.1");
    expect(result).toEqual({ ok: false, reason: "no-account" });
    expect(SSO_REFUSAL_MESSAGE["no-account"]).toBe(
      "Email akun SSO Anda tidak terdaftar sebagai pengguna aktif aplikasi ini. Minta admin instansi Anda mengundang email tersebut, lalu masuk lagi dengan SSO.",
    );
    expect(await prisma.user.count()).toBe(users);
    expect(await prisma.session.count()).toBe(0);
    expect(await prisma.loginAttempt.count({ where: { email: "orang.baru@instansi.go.id", success: false } })).toBe(1);
  });

  it("refuses a deactivated account, an unverified email and a missing one", async () => {
    await prisma.user.update({ where: { id: "member-b" }, data: { active: false } });
    expect(await signInWithSso({ email: "member-b@test.id", email_verified: true }, "10.0.0.1")).toEqual({ ok: false, reason: "no-account" });
    expect(await signInWithSso({ email: "member-a@test.id", email_verified: false }, "10.0.0.1")).toEqual({ ok: false, reason: "unverified" });
    expect(await signInWithSso({ email: "bukan email" }, "10.0.0.1")).toEqual({ ok: false, reason: "no-email" });
    expect(await signInWithSso({}, "10.0.0.1")).toEqual({ ok: false, reason: "no-email" });
    expect(await prisma.session.count()).toBe(0);
    for (const reason of ["unverified", "no-email"] as const) expect(SSO_REFUSAL_MESSAGE[reason]).toMatch(/SSO/);
  });

  it("is configured by environment variables, and off without them", () => {
    expect(ssoConfig({})).toBeNull();
    expect(ssoConfig({ AUTH_OIDC_ISSUER: "https://sso.instansi.go.id/realms/asn", AUTH_OIDC_CLIENT_ID: "zi" })).toBeNull();
    expect(ssoConfig({ AUTH_OIDC_ISSUER: "https://sso.instansi.go.id/realms/asn", AUTH_OIDC_CLIENT_ID: "zi", AUTH_OIDC_CLIENT_SECRET: "rahasia" }))
      .toEqual({ issuer: "https://sso.instansi.go.id/realms/asn", clientId: "zi", clientSecret: "rahasia", name: "SSO instansi" });
    expect(ssoConfig({ AUTH_OIDC_ISSUER: "x", AUTH_OIDC_CLIENT_ID: "zi", AUTH_OIDC_CLIENT_SECRET: "s", AUTH_OIDC_NAME: "Google Workspace" })?.name).toBe("Google Workspace");
  });
});
