import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { NotFoundError } from "@/lib/errors";
import { grantsFor } from "@/lib/access/grants";
import { agencyWhere } from "@/lib/access/grant-where";
import { seal, type TProof } from "@/lib/access/seal";

/**
 * Proof that the user manages one unit of the tree (unit.manage over its whole agency: an admin of
 * the installation or of the agency's top unit). With a transaction, the agency's row is locked
 * first: changes to one agency's tree are serialised, so two moves cannot make a cycle together.
 */
export type TUnitAccess = TProof<"unit", {
  user: TSessionUser; id: string; agencyId: string; parentId: string | null; path: string; name: string; active: boolean;
}>;

export async function authorizeUnit(user: TSessionUser, unitId: string, permission: "unit.manage", options: { tx?: TTransaction } = {}): Promise<TUnitAccess> {
  const db = options.tx ?? prisma;
  const where = { AND: [{ id: unitId }, { agency: agencyWhere(grantsFor(user, permission)) }] };
  const found = await db.unit.findFirst({ where, select: { agencyId: true } });
  if (!found) throw new NotFoundError("Unit tidak ditemukan.");
  if (options.tx) await options.tx.$queryRaw`SELECT 1 FROM "Agency" WHERE "id" = ${found.agencyId} FOR UPDATE`;
  // Read again under the lock: a concurrent move may have changed its path.
  const unit = await db.unit.findFirstOrThrow({ where, select: { id: true, agencyId: true, parentId: true, path: true, name: true, active: true } });
  return seal("unit", { user, ...unit });
}
