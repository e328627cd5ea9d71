import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { NotFoundError } from "@/lib/errors";
import { grantsFor } from "@/lib/access/grants";
import { agencyWhere } from "@/lib/access/grant-where";
import { seal, type TProof } from "@/lib/access/seal";
import type { TAgencyAccess } from "@/lib/access/period-access";

/**
 * Proof that the user may see, apply or drop one user import preview: they uploaded it and still
 * manage its agency's users.
 */
export type TUserImportAccess = TProof<"userImport", { id: string; agency: TAgencyAccess<"user.manage"> }>;

export async function authorizeUserImport(user: TSessionUser, importId: string, options: { tx?: TTransaction } = {}): Promise<TUserImportAccess> {
  const record = await (options.tx ?? prisma).userImport.findFirst({
    where: { id: importId, createdById: user.id, agency: agencyWhere(grantsFor(user, "user.manage")) },
    select: { id: true, agency: { select: { id: true, name: true } } },
  });
  // Someone else's preview, or one of an agency the user no longer manages: as if it did not exist.
  if (!record) throw new NotFoundError("Pratinjau impor tidak ditemukan.");
  const agency = seal("agency", { user, permission: "user.manage" as const, ...record.agency });
  return seal("userImport", { id: record.id, agency });
}
