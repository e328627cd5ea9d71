import "server-only";
import type { TTransaction } from "@/lib/db";
import { InvalidStateError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TAgencyAccess } from "@/lib/access/period-access";
import type { TUnitAccess } from "@/lib/access/unit-access";

/** A proof of managing an agency's units: the agency itself, or one of its units. */
export type TTreeAccess = TAgencyAccess<"unit.manage"> | TUnitAccess;

const agencyOf = (access: TTreeAccess) => ("agencyId" in access ? access.agencyId : access.id);

/** Serialises changes to one agency's tree: a move and an add read the paths the other wrote. */
export async function lockAgencyTree(tx: TTransaction, access: TTreeAccess) {
  await tx.$queryRaw`SELECT 1 FROM "Agency" WHERE "id" = ${agencyOf(access)} FOR UPDATE`;
}

/** Unit codes are unique across the installation (imports and public pages name units by them). */
export async function assertCodeFree(tx: TTransaction, code: string, exceptUnitId?: string) {
  const taken = await tx.unit.findFirst({ where: { code: { equals: code, mode: "insensitive" }, id: exceptUnitId ? { not: exceptUnitId } : undefined }, select: { id: true } });
  if (taken) throw codeTaken(code);
}

export function codeTaken(code: string) {
  const message = `Kode unit "${code}" sudah dipakai unit lain. Gunakan kode lain.`;
  return new ValidationError(message, { code: message });
}

/** Two admins saving the same code at once: the unique index decides, with the same message. */
export function explainUniqueCode(code: string) {
  return (error: unknown): never => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw codeTaken(code);
    throw error;
  };
}

/** The new parent of a unit: an active unit of the same agency. */
export async function loadParent(tx: TTransaction, access: TTreeAccess, parentId: string) {
  const parent = await tx.unit.findFirst({ where: { id: parentId, agencyId: agencyOf(access) }, select: { id: true, path: true, name: true, active: true } });
  if (!parent) throw new ValidationError("Unit induk tidak ditemukan di instansi ini.", { parentId: "Unit induk tidak ditemukan di instansi ini." });
  if (!parent.active) throw new InvalidStateError(`Unit induk ${parent.name} sudah dinonaktifkan; aktifkan kembali atau pilih induk lain.`);
  return parent;
}
