import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadUser, loadSessionUser, type TSessionUser } from "@/lib/auth/load-user";
import { createSession } from "@/lib/auth/sessions";
import { authorizeAgency } from "@/lib/access/period-access";
import { authorizeManagedUser } from "@/lib/access/user-access";
import { listAgencyUsers } from "@/lib/accounts/user-queries";
import { addUserRole, createUser, removeUserRole, setUserActive, updateUser } from "@/lib/accounts/user-mutations";
import { setPasswordWithToken } from "@/lib/accounts/set-password-with-token";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { createSecondAgency } from "@/tests/support/second-agency";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { clearJobs, drainJobs } from "@/tests/support/job-worker";
import { tokenFrom, useTestMailServer } from "@/tests/support/mail-server";

// Agency admins run their agency's accounts: invite, edit, roles, (de)activate. Every rule, and
// that another agency's admin can neither see nor touch them.

let world: TWorld;
let agencyAdmin: TSessionUser;
let otherAdmin: TSessionUser;
const mailServer = useTestMailServer();

beforeEach(async () => {
  await resetDatabase();
  await clearJobs();
  world = await createWorld();
  ({ agencyAdmin, otherAdmin } = await createSecondAgency());
  mailServer().clear();
});

const NEW_USER = { agencyId: "ag", name: "Siti Rahma", email: "Siti@Test.id", nip: "198701012010012001", phone: "0812 3456 7890", role: "UNIT_MEMBER", unitId: "unit-a" };

describe("inviting a user", () => {
  it("creates the account with its role, audits it and emails a link that sets the first password", async () => {
    const { userId } = await createUser(agencyAdmin, NEW_USER);
    const created = await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { roles: true } });
    expect(created).toMatchObject({ email: "siti@test.id", nip: "198701012010012001", agencyId: "ag", active: true });
    expect(created.roles.map((r) => [r.role, r.unitId])).toEqual([["UNIT_MEMBER", "unit-a"]]);
    expect(await prisma.auditEvent.count({ where: { action: "user.create", entityId: userId, actorId: "admin-ag" } })).toBe(1);
    // No password yet: nothing signs in until the link is used.
    expect((await authorizeCredentials({ email: "siti@test.id", password: "!invited" }, "1.1.1.1")).ok).toBe(false);

    await drainJobs();
    const [invitation] = mailServer().to("siti@test.id");
    expect(invitation!.subject).toBe("Undangan ke aplikasi Zona Integritas");
    const password = "teh manis hangat sekali";
    expect(await setPasswordWithToken({ token: tokenFrom(invitation!), newPassword: password, confirmPassword: password })).toEqual({ purpose: "INVITE" });
    expect((await authorizeCredentials({ email: "siti@test.id", password }, "1.1.1.1")).ok).toBe(true);
  });

  it("refuses a duplicate email or NIP, and changes nothing", async () => {
    await expect(createUser(agencyAdmin, { ...NEW_USER, email: "member-a@test.id" })).rejects.toThrow("Email ini sudah dipakai akun lain.");
    await createUser(agencyAdmin, NEW_USER);
    const error = await createUser(agencyAdmin, { ...NEW_USER, email: "lain@test.id" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ nip: "NIP ini sudah dipakai akun lain." });
    expect(await prisma.user.count({ where: { email: "lain@test.id" } })).toBe(0);
  });

  it("refuses a role on another agency's unit, and an agency the admin does not manage", async () => {
    await expect(createUser(agencyAdmin, { ...NEW_USER, unitId: "unit-x" })).rejects.toThrow("Unit tidak ditemukan di instansi ini.");
    await expect(createUser(agencyAdmin, { ...NEW_USER, agencyId: "ag2", unitId: "unit-x" })).rejects.toBeInstanceOf(NotFoundError);
    // A leader is no admin.
    await expect(createUser(world.users.leaderRegion, NEW_USER)).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma.user.count({ where: { email: "siti@test.id" } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "user.create" } })).toBe(0);
  });
});

describe("cross-agency isolation", () => {
  it("another agency's admin can neither list, load nor change the agency's users", async () => {
    await expect(authorizeAgency(otherAdmin, "ag", "user.manage")).rejects.toBeInstanceOf(NotFoundError);
    await expect(authorizeManagedUser(otherAdmin, "member-a", "user.manage")).rejects.toBeInstanceOf(NotFoundError);
    await expect(authorizeManagedUser(otherAdmin, "admin-ag", "user.manage")).rejects.toBeInstanceOf(NotFoundError);
    const before = await prisma.user.findUniqueOrThrow({ where: { id: "member-a" }, include: { roles: true } });
    await expect(updateUser(otherAdmin, { userId: "member-a", name: "X", email: "x@test.id", nip: "", phone: "" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setUserActive(otherAdmin, { userId: "member-a", active: false })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addUserRole(otherAdmin, { userId: "member-a", role: "UNIT_HEAD", unitId: "unit-x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeUserRole(otherAdmin, { userId: "member-a", roleId: before.roles[0]!.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: "member-a" }, include: { roles: true } })).toEqual(before);

    const ownList = await listAgencyUsers(await authorizeAgency(otherAdmin, "ag2", "user.manage"));
    expect(ownList.map((u) => u.id)).toEqual(["admin-ag2"]);
    const list = await listAgencyUsers(await authorizeAgency(agencyAdmin, "ag", "user.manage"));
    expect(list.map((u) => u.id)).toContain("member-a");
    expect(list.map((u) => u.id)).not.toContain("admin-ag2");
    // Shared evaluators (a role without a unit) belong to the installation, not to an agency.
    expect(list.map((u) => u.id)).not.toContain("evaluator");
  });

  it("the installation's admin manages every agency", async () => {
    await expect(authorizeManagedUser(world.users.admin, "admin-ag2", "user.manage")).resolves.toMatchObject({ agencyId: "ag2" });
    await expect(createUser(world.users.admin, { ...NEW_USER, agencyId: "ag2", unitId: "unit-x" })).resolves.toHaveProperty("userId");
  });
});

describe("editing, roles and deactivation", () => {
  it("edits the details with the same duplicate rules, audited before and after", async () => {
    await updateUser(agencyAdmin, { userId: "member-a", name: "Budi Santoso", email: "budi@test.id", nip: "199001012015031002", phone: "" });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: "member-a" } })).toMatchObject({ name: "Budi Santoso", email: "budi@test.id", phone: null });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.update" } });
    expect(event.before).toMatchObject({ email: "member-a@test.id" });
    await expect(updateUser(agencyAdmin, { userId: "member-b", name: "B", email: "budi@test.id", nip: "", phone: "" })).rejects.toThrow("Email ini sudah dipakai");
  });

  it("gives and removes roles per unit; a duplicate is refused", async () => {
    const { roleId } = await addUserRole(agencyAdmin, { userId: "member-a", role: "LEADER", unitId: "region" });
    expect((await loadUser("member-a"))!.roles.map((r) => r.role).sort()).toEqual(["LEADER", "UNIT_MEMBER"]);
    await expect(addUserRole(agencyAdmin, { userId: "member-a", role: "LEADER", unitId: "region" })).rejects.toBeInstanceOf(ConflictError);
    await expect(addUserRole(agencyAdmin, { userId: "member-a", role: "LEADER", unitId: "unit-x" })).rejects.toThrow("Unit tidak ditemukan di instansi ini.");
    await removeUserRole(agencyAdmin, { userId: "member-a", roleId });
    expect(await prisma.roleAssignment.count({ where: { userId: "member-a" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: { in: ["user.role.add", "user.role.remove"] } } })).toBe(2);
  });

  it("deactivation ends every session and refuses sign-in; reactivation allows it again", async () => {
    const sid = await createSession("member-a");
    expect(await loadSessionUser("member-a", sid)).not.toBeNull();
    await setUserActive(agencyAdmin, { userId: "member-a", active: false });
    expect(await prisma.session.count({ where: { userId: "member-a" } })).toBe(0);
    expect((await authorizeCredentials({ email: "member-a@test.id", password: "rahasia123" }, "1.1.1.2")).ok).toBe(false);
    await setUserActive(agencyAdmin, { userId: "member-a", active: true });
    expect((await authorizeCredentials({ email: "member-a@test.id", password: "rahasia123" }, "1.1.1.2")).ok).toBe(true);
    expect(await prisma.auditEvent.count({ where: { action: { in: ["user.deactivate", "user.reactivate"] }, entityId: "member-a" } })).toBe(2);
  });

  it("refuses to deactivate or strip the last active admin of the agency", async () => {
    const role = await prisma.roleAssignment.findFirstOrThrow({ where: { userId: "admin-ag" } });
    await expect(setUserActive(world.users.admin, { userId: "admin-ag", active: false })).rejects.toThrow(/admin instansi terakhir/);
    await expect(removeUserRole(world.users.admin, { userId: "admin-ag", roleId: role.id })).rejects.toBeInstanceOf(InvalidStateError);
    await expect(setUserActive(agencyAdmin, { userId: "admin-ag", active: false })).rejects.toThrow("Anda tidak dapat menonaktifkan akun Anda sendiri.");
    expect(await prisma.user.findUniqueOrThrow({ where: { id: "admin-ag" } })).toMatchObject({ active: true });

    // With a second admin, the first may go.
    await addUserRole(agencyAdmin, { userId: "head-a", role: "ADMIN", unitId: "root" });
    await setUserActive(world.users.admin, { userId: "admin-ag", active: false });
    await expect(setUserActive(world.users.admin, { userId: "head-a", active: false })).rejects.toThrow(/admin instansi terakhir/);
  });
});
