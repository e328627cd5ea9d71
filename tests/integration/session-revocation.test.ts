import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { changePassword } from "@/lib/auth/change-password";
import { loadSessionUser } from "@/lib/auth/load-user";
import { revokeSession, SESSION_HOURS } from "@/lib/auth/sessions";
import { ValidationError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { createWorld, PASSWORD } from "@/tests/support/fixtures";
import { clock } from "@/lib/clock";

// Server-side sessions against the real Session table: what sign-out and a password change end.
// loadSessionUser is React-cached per request; each call here uses fresh arguments or a new id.

const EMAIL = "member-a@test.id";

beforeEach(async () => {
  await resetDatabase();
  await createWorld();
});

async function signIn(password = PASSWORD) {
  const result = await authorizeCredentials({ email: EMAIL, password }, "10.0.0.1");
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result.user.sessionId;
}

const sessionsOf = (userId: string) => prisma.session.count({ where: { userId } });

describe("sessions", () => {
  it("a sign-in opens a session row that the request check accepts", async () => {
    const sid = await signIn();
    expect(sid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await sessionsOf("member-a")).toBe(1);
    expect((await loadSessionUser("member-a", sid))?.email).toBe(EMAIL);
  });

  it("the session's user comes with every role and its unit, as the access layer reads them", async () => {
    const sid = await signIn();
    await prisma.roleAssignment.create({ data: { userId: "member-a", role: "LEADER", unitId: null } });
    const unit = await prisma.unit.findUniqueOrThrow({ where: { id: "unit-a" }, select: { path: true, name: true } });
    const user = await loadSessionUser("member-a", sid);
    expect(user).toMatchObject({ id: "member-a", name: "User member-a", email: EMAIL });
    expect(user!.roles.sort((a, b) => a.role.localeCompare(b.role))).toEqual([
      { role: "LEADER", unitId: null, unitPath: null, unitName: null },
      { role: "UNIT_MEMBER", unitId: "unit-a", unitPath: unit.path, unitName: unit.name },
    ]);
  });

  it("sign-out deletes only that session: the old cookie is refused, other browsers stay signed in", async () => {
    const [laptop, phone] = [await signIn(), await signIn()];
    await revokeSession(laptop);
    expect(await loadSessionUser("member-a", laptop)).toBeNull();
    expect((await loadSessionUser("member-a", phone))?.id).toBe("member-a");
  });

  it("a session id is only good for its own user", async () => {
    const sid = await signIn();
    expect(await loadSessionUser("member-a2", sid)).toBeNull();
  });

  it("an expired session is refused, and the next sign-in clears it away", async () => {
    const sid = await signIn();
    const realNow = clock.now;
    const later = new Date(Date.now() + SESSION_HOURS * 3_600_000 + 1000);
    clock.now = () => later;
    try {
      expect(await loadSessionUser("member-a", sid)).toBeNull();
      await signIn();
      expect(await prisma.session.findUnique({ where: { id: sid } })).toBeNull();
    } finally {
      clock.now = realNow;
    }
  });

  it("a deactivated user's session is refused", async () => {
    const sid = await signIn();
    await prisma.user.update({ where: { id: "member-a" }, data: { active: false } });
    expect(await loadSessionUser("member-a", sid)).toBeNull();
  });
});

describe("changePassword", () => {
  it("ends every other session, keeps the one that changed it, and the new password works", async () => {
    const [current, other] = [await signIn(), await signIn()];
    await changePassword({ userId: "member-a", currentPassword: PASSWORD, newPassword: "Sandi-Baru-2026", keepSessionId: current });
    expect(await loadSessionUser("member-a", other)).toBeNull();
    expect((await loadSessionUser("member-a", current))?.id).toBe("member-a");
    expect(await authorizeCredentials({ email: EMAIL, password: PASSWORD }, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect((await authorizeCredentials({ email: EMAIL, password: "Sandi-Baru-2026" }, "10.0.0.2")).ok).toBe(true);
    const audit = await prisma.auditEvent.findMany({ where: { action: "user.password.change" } });
    expect(audit.map((a) => [a.actorId, a.entityId])).toEqual([["member-a", "member-a"]]);
    expect(JSON.stringify(audit[0]!.after)).not.toContain("Sandi-Baru");
  });

  it("without a session to keep, every session ends", async () => {
    await signIn();
    await signIn();
    await changePassword({ userId: "member-a", currentPassword: PASSWORD, newPassword: "Sandi-Baru-2026" });
    expect(await sessionsOf("member-a")).toBe(0);
  });

  it("refuses a wrong current password or a weak new one, and changes nothing", async () => {
    const sid = await signIn();
    const before = await prisma.user.findUniqueOrThrow({ where: { id: "member-a" } });
    const attempts: [string, string, string][] = [
      ["salah-sandi", "Sandi-Baru-2026", "Kata sandi saat ini salah."],
      [PASSWORD, "pendek", "Kata sandi minimal 10 karakter."],
      [PASSWORD, PASSWORD, "Kata sandi baru harus berbeda dari kata sandi saat ini."],
      [PASSWORD, "Sandi\u0000Baru-2026", "Kata sandi tidak boleh berisi karakter kontrol."],
    ];
    for (const [currentPassword, newPassword, message] of attempts) {
      const error = await changePassword({ userId: "member-a", currentPassword, newPassword }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).message).toBe(message);
    }
    expect((await prisma.user.findUniqueOrThrow({ where: { id: "member-a" } })).passwordHash).toBe(before.passwordHash);
    expect((await loadSessionUser("member-a", sid))?.id).toBe("member-a");
    expect(await prisma.auditEvent.count({ where: { action: "user.password.change" } })).toBe(0);
  });
});
