import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { PeriodStatus } from "@/lib/generated/prisma/enums";
import type { TSessionUser } from "@/lib/auth/load-user";
import { NotFoundError } from "@/lib/errors";
import { grantsFor } from "@/lib/access/grants";
import { agencyWhere } from "@/lib/access/grant-where";
import type { TAuthorizeOptions } from "@/lib/access/assessment-access";
import { seal, type TProof } from "@/lib/access/seal";

// Periods and agencies belong to a whole agency: the admin's scope must cover every unit of it
// (an admin of the installation, or of the agency's top unit). Anyone else gets NotFoundError.

export type TAgencyPermission = "period.manage" | "agency.manage" | "user.manage" | "audit.read" | "unit.manage" | "installation.agencies" | "plan.template.manage";

/** Proof that the user manages an agency: its periods and participating units, its document settings, or its users (user.manage). */
export type TAgencyAccess<P extends TAgencyPermission = TAgencyPermission> = TProof<"agency", { user: TSessionUser; permission: P; id: string; name: string }>;

/** Proof that the user manages one period. With `lock`, `status` was read under the row lock. */
export type TPeriodAccess = TProof<"period", {
  user: TSessionUser; id: string; agencyId: string; status: PeriodStatus; catalogueVersionId: string; itemCount: number;
}>;

export async function authorizeAgency<P extends TAgencyPermission>(
  user: TSessionUser, agencyId: string, permission: P, options: { tx?: TTransaction } = {},
): Promise<TAgencyAccess<P>> {
  const agency = await (options.tx ?? prisma).agency.findFirst({
    where: { AND: [{ id: agencyId }, agencyWhere(grantsFor(user, permission))] },
    select: { id: true, name: true },
  });
  if (!agency) throw new NotFoundError("Instansi tidak ditemukan.");
  return seal("agency", { user, permission, ...agency });
}

/**
 * Loads a period with the scope in the query. With `lock`, the row is then locked for the rest of
 * the transaction (changes to one period are serialised) and its status read again under the lock;
 * its agency never changes, so the check made before the lock still holds.
 */
export async function authorizePeriod(user: TSessionUser, periodId: string, permission: "period.manage", options: TAuthorizeOptions = {}): Promise<TPeriodAccess> {
  const db = options.tx ?? prisma;
  const period = await db.period.findFirst({
    where: { AND: [{ id: periodId }, { agency: agencyWhere(grantsFor(user, permission)) }] },
    select: { id: true, agencyId: true, status: true, catalogueVersionId: true, catalogueVersion: { select: { itemCount: true } } },
  });
  if (!period) throw new NotFoundError("Periode tidak ditemukan.");
  let status = period.status;
  if (options.lock) {
    const [locked] = await db.$queryRaw<{ status: PeriodStatus }[]>`SELECT "status"::text AS "status" FROM "Period" WHERE "id" = ${period.id} FOR UPDATE`;
    status = locked!.status;
  }
  const { catalogueVersion, ...fields } = period;
  return seal("period", { user, ...fields, status, itemCount: catalogueVersion.itemCount });
}
