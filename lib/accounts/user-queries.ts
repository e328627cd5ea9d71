import "server-only";
import { prisma } from "@/lib/db";
import type { TAgencyAccess } from "@/lib/access/period-access";
import { userInAgencyWhere, type TManagedUserAccess } from "@/lib/access/user-access";
import { scopeAgencyWhere, type TScopeAccess } from "@/lib/access/scope-access";

const ROLE_SELECT = { select: { id: true, role: true, unitId: true, unit: { select: { name: true, agencyId: true } } }, orderBy: { role: "asc" } } as const;

/** The agencies whose users the admin manages, by name. */
export function listUserAgencies(scope: TScopeAccess<"user.manage">) {
  return prisma.agency.findMany({ where: scopeAgencyWhere(scope), orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** An agency's users with their roles on its units, searchable by name, email or NIP. */
export async function listAgencyUsers(agency: TAgencyAccess<"user.manage">, search = "") {
  const q = search.trim();
  const users = await prisma.user.findMany({
    where: {
      AND: [userInAgencyWhere(agency.id), q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q.toLowerCase() } }, { nip: { contains: q } }] } : {}],
    },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    take: 500,
    select: { id: true, name: true, email: true, nip: true, active: true, lastLoginAt: true, passwordHash: true, roles: ROLE_SELECT },
  });
  return users.map(({ passwordHash, roles, ...user }) => ({
    ...user,
    invited: passwordHash.startsWith("!"),
    roles: roles.filter((r) => r.unit?.agencyId === agency.id).map((r) => ({ id: r.id, role: r.role, unitName: r.unit!.name })),
  }));
}
export type TAgencyUserRow = Awaited<ReturnType<typeof listAgencyUsers>>[number];

/** One managed account for its edit page: details and the roles on its agency's units. */
export async function getManagedUser(access: TManagedUserAccess) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: access.id },
    select: { id: true, name: true, email: true, nip: true, phone: true, active: true, lastLoginAt: true, passwordHash: true, roles: ROLE_SELECT },
  });
  const { passwordHash, roles, ...details } = user;
  return {
    ...details,
    nip: details.nip ?? "",
    phone: details.phone ?? "",
    invited: passwordHash.startsWith("!"),
    roles: roles.filter((r) => r.unit?.agencyId === access.agencyId).map((r) => ({ id: r.id, role: r.role, unitId: r.unitId!, unitName: r.unit!.name })),
  };
}
export type TManagedUser = Awaited<ReturnType<typeof getManagedUser>>;
