import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { clock } from "@/lib/clock";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { requestPasswordReset, RESET_ANSWER, RESET_LIMITS } from "@/lib/accounts/request-password-reset";
import { LINK_INVALID, setPasswordWithToken } from "@/lib/accounts/set-password-with-token";
import { InvalidStateError, ValidationError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { createWorld, PASSWORD } from "@/tests/support/fixtures";
import { clearJobs, drainJobs } from "@/tests/support/job-worker";
import { tokenFrom, useTestMailServer } from "@/tests/support/mail-server";

// "Lupa kata sandi" end to end: request -> job -> real SMTP -> link -> new password, once.

const mailServer = useTestMailServer();
beforeEach(async () => {
  await resetDatabase();
  await clearJobs();
  await createWorld();
  mailServer().clear();
});

const EMAIL = "member-a@test.id";
const NEW_PASSWORD = "kopi tubruk di pagi hari";
const signIn = (password: string) => authorizeCredentials({ email: EMAIL, password }, "10.0.0.9");

async function requestLink(email = EMAIL, ip = "10.0.0.1") {
  const answer = await requestPasswordReset({ email }, ip);
  await drainJobs();
  return answer;
}

describe("lupa kata sandi", () => {
  it("emails a link that sets the password once, ends old sessions, and refuses a second use", async () => {
    const before = await signIn(PASSWORD);
    expect(before.ok).toBe(true);
    await requestLink();
    const [message] = mailServer().to(EMAIL);
    expect(message?.subject).toBe("Atur ulang kata sandi Zona Integritas");
    expect(message?.html).toContain("http://zi.test/atur-kata-sandi?token=");
    const token = tokenFrom(message!);

    await setPasswordWithToken({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect((await signIn(NEW_PASSWORD)).ok).toBe(true);
    expect((await signIn(PASSWORD)).ok).toBe(false);
    expect(await prisma.session.count({ where: { userId: "member-a" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "user.password.reset", entityId: "member-a" } })).toBe(1);

    const again = setPasswordWithToken({ token, newPassword: "another long passphrase", confirmPassword: "another long passphrase" });
    await expect(again).rejects.toThrow(LINK_INVALID);
    expect((await signIn(NEW_PASSWORD)).ok).toBe(true);
  });

  it("refuses an expired link, and an earlier link once a newer one is sent", async () => {
    await requestLink();
    const first = tokenFrom(mailServer().to(EMAIL)[0]!);
    await requestLink();
    const second = tokenFrom(mailServer().to(EMAIL)[1]!);
    const input = (token: string) => ({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    await expect(setPasswordWithToken(input(first))).rejects.toBeInstanceOf(InvalidStateError);

    const realNow = clock.now;
    clock.now = () => new Date(Date.now() + 61 * 60_000);
    try {
      await expect(setPasswordWithToken(input(second))).rejects.toThrow(LINK_INVALID);
    } finally {
      clock.now = realNow;
    }
    expect((await signIn(PASSWORD)).ok).toBe(true);
  });

  it("answers an unknown email exactly like a known one and sends nothing", async () => {
    const known = await requestLink(EMAIL);
    const unknown = await requestLink("nobody@test.id");
    expect(unknown).toBe(known);
    expect(known).toBe(RESET_ANSWER);
    expect(mailServer().received).toHaveLength(1);
  });

  it("throttles: at most a few links per email per hour, and refuses a flood from one address", async () => {
    for (let i = 0; i < RESET_LIMITS.perEmail + 2; i++) await requestLink(EMAIL, `10.0.1.${i}`);
    expect(mailServer().to(EMAIL)).toHaveLength(RESET_LIMITS.perEmail);

    for (let i = 0; i < RESET_LIMITS.perIp; i++) await requestPasswordReset({ email: `x${i}@test.id` }, "10.9.9.9");
    await expect(requestPasswordReset({ email: EMAIL }, "10.9.9.9")).rejects.toThrow(/Terlalu banyak permintaan/);
    await expect(requestPasswordReset({ email: "nobody@test.id" }, "10.9.9.9")).rejects.toThrow(/Terlalu banyak permintaan/);
  });

  it("refuses a common password and a short one (NIST 800-63B), and changes nothing", async () => {
    await requestLink();
    const token = tokenFrom(mailServer().to(EMAIL)[0]!);
    for (const weak of ["password123", "Qwerty12345", "indonesia123", "aaaaaaaaaaaa"]) {
      await expect(setPasswordWithToken({ token, newPassword: weak, confirmPassword: weak })).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(setPasswordWithToken({ token, newPassword: "pendek", confirmPassword: "pendek" })).rejects.toThrow(/minimal 10 karakter/);
    // No composition rules: a long lowercase passphrase is fine; the token was not spent by the refusals.
    await setPasswordWithToken({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect((await signIn(NEW_PASSWORD)).ok).toBe(true);
  });
});
