import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TSessionUser } from "@/lib/auth/load-user";
import { NotFoundError } from "@/lib/errors";
import { grantsFor } from "@/lib/access/grants";
import { agencyWhere } from "@/lib/access/grant-where";
import { seal, type TProof } from "@/lib/access/seal";

/**
 * The users of an agency: those it created (agencyId), and those without one whose roles are on
 * its units (seeded accounts). Evaluators shared by every agency (roles without a unit) belong to
 * the installation, whose admins alone manage them.
 */
export function userInAgencyWhere(agencyId: string): Prisma.UserWhereInput {
  return { OR: [{ agencyId }, { agencyId: null, roles: { some: { unit: { agencyId } } } }] };
}

/** Proof that `user` manages the account `id` of agency `agencyId` (user.manage over that agency). */
export type TManagedUserAccess = TProof<"managed-user", { user: TSessionUser; id: string; agencyId: string; active: boolean }>;

/**
 * Loads an account with the admin's scope: an agency admin reaches only their agency's users;
 * anything else, another agency's user included, is NotFoundError like an unknown id.
 */
export async function authorizeManagedUser(admin: TSessionUser, userId: string, permission: "user.manage", options: { tx?: TTransaction } = {}): Promise<TManagedUserAccess> {
  const db = options.tx ?? prisma;
  const managed = await db.agency.findMany({ where: agencyWhere(grantsFor(admin, permission)), select: { id: true } });
  const target = managed.length
    ? await db.user.findFirst({
        where: { AND: [{ id: userId }, { OR: managed.map((a) => userInAgencyWhere(a.id)) }] },
        select: { id: true, active: true, agencyId: true, roles: { select: { unit: { select: { agencyId: true } } } } },
      })
    : null;
  const agencyId = target?.agencyId ?? target?.roles.find((r) => r.unit && managed.some((a) => a.id === r.unit!.agencyId))?.unit?.agencyId;
  if (!target || !agencyId) throw new NotFoundError("Pengguna tidak ditemukan.");
  return seal("managed-user", { user: admin, id: target.id, agencyId, active: target.active });
}
