import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { LOGIN_WINDOW_MINUTES, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP } from "@/lib/auth/login-throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { resetDatabase } from "@/tests/support/db";
import { createWorld, PASSWORD } from "@/tests/support/fixtures";

// Sign-in against the real User and LoginAttempt tables: credentials, throttling, hashing.

const EMAIL = "member-a@test.id";
const IP = "10.1.2.3";

beforeEach(async () => {
  await resetDatabase();
  await createWorld();
});

const signIn = (email: string, password: string, ip = IP) => authorizeCredentials({ email, password }, ip);

async function failTimes(count: number, email = EMAIL, ip = IP) {
  for (let i = 0; i < count; i++) expect(await signIn(email, "salah-sandi", ip)).toEqual({ ok: false, reason: "invalid" });
}

/** Failures written directly with a past timestamp, to test the window without waiting. */
async function pastFailures(count: number, minutesAgo: number, email = EMAIL, ip = IP) {
  const createdAt = new Date(Date.now() - minutesAgo * 60_000);
  await prisma.loginAttempt.createMany({ data: Array.from({ length: count }, () => ({ email, ip, success: false, createdAt })) });
}

const lastLoginAt = async () => (await prisma.user.findUniqueOrThrow({ where: { email: EMAIL } })).lastLoginAt;

describe("authorizeCredentials", () => {
  it("accepts the right password and sets lastLoginAt", async () => {
    const before = Date.now();
    expect(await lastLoginAt()).toBeNull();
    expect(await signIn(EMAIL, PASSWORD)).toEqual({ ok: true, user: { id: "member-a", name: "User member-a", email: EMAIL, sessionId: expect.any(String) } });
    const at = await lastLoginAt();
    expect(at?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(at?.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it("refuses a wrong password without touching lastLoginAt", async () => {
    expect(await signIn(EMAIL, "bukan-sandinya")).toEqual({ ok: false, reason: "invalid" });
    expect(await lastLoginAt()).toBeNull();
  });

  it("refuses an unknown email with the same answer as a wrong password", async () => {
    expect(await signIn("tidak-ada@test.id", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an inactive user even with the right password", async () => {
    await prisma.user.update({ where: { email: EMAIL }, data: { active: false } });
    expect(await signIn(EMAIL, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await lastLoginAt()).toBeNull();
  });

  it("treats the email case-insensitively and trims it", async () => {
    const result = await signIn("  Member-A@TEST.id ", PASSWORD);
    expect(result).toEqual({ ok: true, user: { id: "member-a", name: "User member-a", email: EMAIL, sessionId: expect.any(String) } });
  });

  it("refuses malformed input without recording an attempt", async () => {
    expect(await authorizeCredentials({ email: "bukan-email", password: PASSWORD }, IP)).toEqual({ ok: false, reason: "invalid" });
    expect(await authorizeCredentials({ email: EMAIL, password: "" }, IP)).toEqual({ ok: false, reason: "invalid" });
    expect(await prisma.loginAttempt.count()).toBe(0);
  });

  it("records every attempt with the normalised email, the ip and the outcome", async () => {
    await signIn(" MEMBER-A@test.id", "salah", "10.0.0.7");
    await signIn(EMAIL, PASSWORD, "10.0.0.8");
    const attempts = await prisma.loginAttempt.findMany({ orderBy: { id: "asc" } });
    expect(attempts.map((a) => [a.email, a.ip, a.success])).toEqual([
      [EMAIL, "10.0.0.7", false],
      [EMAIL, "10.0.0.8", true],
    ]);
  });
});

describe("login throttling", () => {
  it("after 5 failures the 6th attempt is throttled, even with the right password, and is not recorded", async () => {
    expect(MAX_FAILURES_PER_EMAIL).toBe(5);
    await failTimes(5);
    const result = await signIn(EMAIL, PASSWORD);
    // The first failure was seconds ago: the lock lasts until it leaves the 15-minute window.
    expect(result).toEqual({ ok: false, reason: "throttled", minutes: LOGIN_WINDOW_MINUTES });
    expect(await prisma.loginAttempt.count({ where: { email: EMAIL } })).toBe(5);
    expect(await lastLoginAt()).toBeNull();
  });

  it("4 failures still let the right password in", async () => {
    await failTimes(4);
    expect((await signIn(EMAIL, PASSWORD)).ok).toBe(true);
  });

  it("a stranger's failures from one address do not lock the account elsewhere, but 20 from anywhere do", async () => {
    await failTimes(5, EMAIL, "10.0.0.1");
    expect(await signIn(EMAIL, PASSWORD, "10.0.0.1")).toMatchObject({ ok: false, reason: "throttled" });
    expect(await signIn("head-a@test.id", PASSWORD, "10.0.0.1")).toMatchObject({ ok: true });
    expect(await signIn(EMAIL, PASSWORD, "10.9.9.9")).toMatchObject({ ok: true });
    // That success resets the count; now 20 failures spread over addresses, none reaching 5.
    await failTimes(4, EMAIL, "10.0.0.2");
    for (let i = 3; i < 18; i++) await failTimes(1, EMAIL, `10.0.0.${i}`);
    await failTimes(1, EMAIL, "10.0.0.99");
    expect(await signIn(EMAIL, PASSWORD, "10.9.9.8")).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("reports the minutes until the oldest counted failure leaves the window", async () => {
    await pastFailures(5, 10);
    expect(await signIn(EMAIL, PASSWORD)).toEqual({ ok: false, reason: "throttled", minutes: 5 });
  });

  it("ignores failures older than the window", async () => {
    await pastFailures(5, LOGIN_WINDOW_MINUTES + 1);
    expect((await signIn(EMAIL, PASSWORD)).ok).toBe(true);
  });

  it("a success resets the count: only failures after the last success count", async () => {
    await failTimes(4);
    expect((await signIn(EMAIL, PASSWORD)).ok).toBe(true);
    await failTimes(4); // 8 failures in the window, 4 since the success
    expect((await signIn(EMAIL, PASSWORD)).ok).toBe(true);
    await failTimes(5);
    expect(await signIn(EMAIL, PASSWORD)).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("throttles an ip after 30 failures and reports the real wait", async () => {
    expect(MAX_FAILURES_PER_IP).toBe(30);
    const since = Date.now();
    await prisma.loginAttempt.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({ email: `tebak${i}@test.id`, ip: IP, success: false })),
    });
    const result = await signIn(EMAIL, PASSWORD);
    expect(result).toMatchObject({ ok: false, reason: "throttled" });
    // BUG: lib/auth/login-throttle.ts lines 25-27 compute the wait from the oldest failure of the
    // EMAIL; when only the ip limit is hit there is none, so it falls back to `since` and always
    // reports 1 minute although the ip stays locked until its oldest failure (seconds ago) leaves
    // the 15-minute window. The user is told "1 menit" again and again.
    expect(result).toEqual({ ok: false, reason: "throttled", minutes: LOGIN_WINDOW_MINUTES });
    expect(Date.now() - since).toBeLessThan(60_000);
  });
});

describe("password hashing", () => {
  it("stores passwords as scrypt hashes at the production cost, never in clear", async () => {
    const hash = await hashPassword(PASSWORD);
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/);
    expect(hash).not.toContain(PASSWORD);
    // The fixture's users carry a cheaper scrypt hash (tests/support/cheap-password-hash.ts).
    const users = await prisma.user.findMany({ select: { passwordHash: true } });
    expect(users).toHaveLength(8);
    for (const { passwordHash } of users) {
      expect(passwordHash).toMatch(/^scrypt\$\d+\$8\$1\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/);
      expect(passwordHash).not.toContain(PASSWORD);
    }
  });

  it("uses a fresh salt per hash", async () => {
    const [first, second] = [await hashPassword(PASSWORD), await hashPassword(PASSWORD)];
    expect(first).not.toBe(second);
    expect(first.split("$")[4]).not.toBe(second.split("$")[4]);
    expect([await verifyPassword(PASSWORD, first), await verifyPassword(PASSWORD, second)]).toEqual([true, true]);
  });

  it("verifyPassword accepts the right password only", async () => {
    const hash = await hashPassword("Zona-Integritas-2026");
    expect(await verifyPassword("Zona-Integritas-2026", hash)).toBe(true);
    expect(await verifyPassword("zona-integritas-2026", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
    expect(await verifyPassword("Zona-Integritas-2026", "Zona-Integritas-2026")).toBe(false);
    expect(await verifyPassword("x", "bcrypt$10$abc$def")).toBe(false);
  });
});
