import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { authorizeAgency, type TAgencyAccess } from "@/lib/access/period-access";
import { authorizeManagedUser } from "@/lib/access/user-access";
import { InvalidStateError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { parseInput } from "@/lib/validation";
import { ZAddRole, ZCreateUser, ZRemoveRole, ZSetActive, ZUpdateUser, type TUserDetails } from "@/lib/accounts/user-schemas";
import { assertAgencyUnit, assertKeepsAnAdmin, assertUniqueIdentity, duplicateRole } from "@/lib/accounts/user-rules";

/** An invited account has no password until its owner sets one from the emailed link. */
const NO_PASSWORD_YET = "!invited";

/** An admin invites a user to their agency with a first role; the invitation email is a job of the same transaction. */
export async function createUser(admin: TSessionUser, raw: unknown) {
  const { agencyId, role, unitId, ...details } = parseInput(ZCreateUser, raw);
  return prisma.$transaction(async (tx) => {
    const agency = await authorizeAgency(admin, agencyId, "user.manage", { tx });
    await assertUniqueIdentity(tx, details);
    await assertAgencyUnit(tx, agency, unitId);
    return { userId: await insertInvitedUser(tx, agency, { ...details, role, unitId }) };
  });
}

/**
 * Creates an invited account with its first role, audited, and queues its invitation email in the
 * same transaction (the caller checked the details, the unit and uniqueness). Also the import's.
 */
export async function insertInvitedUser(tx: TTransaction, agency: TAgencyAccess<"user.manage">, input: TUserDetails & { role: Role; unitId: string }, source?: object) {
  const { role, unitId, ...details } = input;
  const user = await tx.user.create({
    data: { ...details, nip: details.nip || null, phone: details.phone || null, agencyId: agency.id, passwordHash: NO_PASSWORD_YET, roles: { create: [{ role, unitId }] } },
    select: { id: true },
  });
  await recordAudit(tx, { actorId: agency.user.id, action: "user.create", entityType: "User", entityId: user.id, after: { ...details, agencyId: agency.id, role, unitId, ...source } });
  await enqueueJob(tx, "password-link", { email: details.email, purpose: "INVITE" });
  return user.id;
}

export async function updateUser(admin: TSessionUser, raw: unknown) {
  const { userId, ...details } = parseInput(ZUpdateUser, raw);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeManagedUser(admin, userId, "user.manage", { tx });
    await assertUniqueIdentity(tx, details, access.id);
    const before = await tx.user.findUniqueOrThrow({ where: { id: access.id }, select: { name: true, email: true, nip: true, phone: true } });
    const after = { ...details, nip: details.nip || null, phone: details.phone || null };
    await tx.user.update({ where: { id: access.id }, data: after });
    await recordAudit(tx, { actorId: admin.id, action: "user.update", entityType: "User", entityId: access.id, before, after });
    return { userId: access.id };
  });
}

/** Deactivating ends every session of the user at once; the last admin of an agency stays. */
export async function setUserActive(admin: TSessionUser, raw: unknown) {
  const { userId, active } = parseInput(ZSetActive, raw);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeManagedUser(admin, userId, "user.manage", { tx });
    if (!active && access.id === admin.id) throw new InvalidStateError("Anda tidak dapat menonaktifkan akun Anda sendiri.");
    if (!active) await assertKeepsAnAdmin(tx, access);
    await tx.user.update({ where: { id: access.id }, data: { active } });
    const sessionsEnded = active ? 0 : await revokeUserSessions(tx, access.id);
    await recordAudit(tx, {
      actorId: admin.id, action: active ? "user.reactivate" : "user.deactivate", entityType: "User", entityId: access.id,
      before: { active: access.active }, after: { active, sessionsEnded },
    });
    return { userId: access.id, active };
  });
}

export async function addUserRole(admin: TSessionUser, raw: unknown) {
  const { userId, role, unitId } = parseInput(ZAddRole, raw);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeManagedUser(admin, userId, "user.manage", { tx });
    await assertAgencyUnit(tx, access, unitId);
    if (await tx.roleAssignment.findFirst({ where: { userId: access.id, role, unitId } })) duplicateRole();
    // Two admins giving the same role at once: the unique index decides, the later one hears why.
    const created = await tx.roleAssignment.create({ data: { userId: access.id, role, unitId }, select: { id: true } }).catch((error: unknown) => {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") duplicateRole();
      throw error;
    });
    await recordAudit(tx, { actorId: admin.id, action: "user.role.add", entityType: "RoleAssignment", entityId: created.id, after: { userId: access.id, role, unitId } });
    return { roleId: created.id };
  });
}

export async function removeUserRole(admin: TSessionUser, raw: unknown) {
  const { userId, roleId } = parseInput(ZRemoveRole, raw);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeManagedUser(admin, userId, "user.manage", { tx });
    // Only a role on the agency's own units: a shared evaluator's installation role stays out of reach.
    const role = await tx.roleAssignment.findFirst({ where: { id: roleId, userId: access.id, unit: { agencyId: access.agencyId } } });
    if (!role) throw new InvalidStateError("Peran ini tidak (lagi) dimiliki pengguna. Muat ulang halaman.");
    if (role.role === "ADMIN") await assertKeepsAnAdmin(tx, access, { roleId: role.id });
    await tx.roleAssignment.delete({ where: { id: role.id } });
    await recordAudit(tx, { actorId: admin.id, action: "user.role.remove", entityType: "RoleAssignment", entityId: role.id, before: { userId: access.id, role: role.role, unitId: role.unitId } });
    return { roleId: role.id };
  });
}
