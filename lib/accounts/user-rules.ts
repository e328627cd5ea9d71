import "server-only";
import type { TTransaction } from "@/lib/db";
import { ConflictError, InvalidStateError, ValidationError } from "@/lib/errors";
import type { TAgencyAccess } from "@/lib/access/period-access";
import type { TManagedUserAccess } from "@/lib/access/user-access";

/** The agency a proof reaches: the managed agency, or the managed user's. */
const agencyOf = (access: TAgencyAccess<"user.manage"> | TManagedUserAccess) => ("agencyId" in access ? access.agencyId : access.id);

/** Email and NIP name one person: refused when another account has them. */
export async function assertUniqueIdentity(tx: TTransaction, input: { email: string; nip: string }, exceptUserId?: string) {
  const others = await tx.user.findMany({
    where: { id: exceptUserId ? { not: exceptUserId } : undefined, OR: [{ email: input.email }, ...(input.nip ? [{ nip: input.nip }] : [])] },
    select: { email: true, nip: true },
  });
  const fieldErrors: Record<string, string> = {};
  if (others.some((o) => o.email === input.email)) fieldErrors.email = "Email ini sudah dipakai akun lain.";
  if (input.nip && others.some((o) => o.nip === input.nip)) fieldErrors.nip = "NIP ini sudah dipakai akun lain.";
  if (Object.keys(fieldErrors).length) throw new ValidationError(Object.values(fieldErrors).join(" "), fieldErrors);
}

/** The unit of a new role must be one of the agency's; anything else is refused alike. */
export async function assertAgencyUnit(tx: TTransaction, access: TAgencyAccess<"user.manage"> | TManagedUserAccess, unitId: string) {
  const agencyId = agencyOf(access);
  const unit = await tx.unit.findFirst({ where: { id: unitId, agencyId }, select: { id: true, name: true, active: true } });
  if (!unit) throw new ValidationError("Unit tidak ditemukan di instansi ini.", { unitId: "Unit tidak ditemukan di instansi ini." });
  if (!unit.active) throw new ValidationError(`Unit ${unit.name} sudah dinonaktifkan; pilih unit yang aktif.`, { unitId: `Unit ${unit.name} sudah dinonaktifkan.` });
}

/**
 * An agency keeps at least one active admin of its top unit, or nobody could manage it. Locks the
 * agency row first: two admins removing each other at once are serialised, and one is refused.
 */
export async function assertKeepsAnAdmin(tx: TTransaction, access: TManagedUserAccess, change: { roleId?: string } = {}) {
  const agencyId = access.agencyId;
  await tx.$queryRaw`SELECT 1 FROM "Agency" WHERE "id" = ${agencyId} FOR UPDATE`;
  const admins = await tx.roleAssignment.findMany({
    where: { role: "ADMIN", unit: { agencyId, parentId: null }, user: { active: true } },
    select: { id: true, userId: true },
  });
  const remaining = admins.filter((a) => (change.roleId ? a.id !== change.roleId : a.userId !== access.id));
  if (admins.length > 0 && remaining.length === 0) {
    throw new InvalidStateError("Ini admin instansi terakhir yang aktif. Tetapkan admin instansi lain terlebih dahulu.");
  }
}

export function duplicateRole(): never {
  throw new ConflictError("Pengguna sudah memiliki peran ini pada unit tersebut.");
}
