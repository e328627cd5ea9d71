import "server-only";
import { cache } from "react";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { agencyWhereManagedBy, requireAdmin, unitWhereAdministeredBy } from "@/lib/units/admin-scope";
import { orderUnitTree, type TUnitOption } from "@/lib/units/unit-tree";

export type TManagedAgency = { id: string; name: string; units: TUnitOption[] };

const UNIT_FIELDS = { id: true, parentId: true, code: true, name: true, level: true } as const;

/** Agencies whose periods the admin manages, each with its units as a tree. */
export const listManagedAgencies = cache(async (user: TSessionUser): Promise<TManagedAgency[]> => {
  requireAdmin(user);
  const agencies = await prisma.agency.findMany({
    where: agencyWhereManagedBy(user),
    orderBy: { name: "asc" },
    select: { id: true, name: true, units: { where: unitWhereAdministeredBy(user), select: UNIT_FIELDS } },
  });
  return agencies.map((a) => ({ id: a.id, name: a.name, units: orderUnitTree(a.units) }));
});

/** The agency's units in tree order (the caller has checked the agency is managed). */
export const listAgencyUnits = cache(async (user: TSessionUser, agencyId: string): Promise<TUnitOption[]> => {
  requireAdmin(user);
  const units = await prisma.unit.findMany({ where: { AND: [{ agencyId }, unitWhereAdministeredBy(user)] }, select: UNIT_FIELDS });
  return orderUnitTree(units);
});

/**
 * Checks that every requested unit exists, belongs to the agency and is administered by the user;
 * returns the distinct ids. Ids come from the browser, so nothing is trusted.
 */
export async function assertAgencyUnits(db: TTransaction, user: TSessionUser, agencyId: string, unitIds: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(unitIds)];
  const found = await db.unit.findMany({
    where: { AND: [{ id: { in: wanted }, agencyId }, unitWhereAdministeredBy(user)] },
    select: { id: true },
  });
  if (found.length !== wanted.length) {
    const message = "Sebagian unit yang dipilih tidak ditemukan atau tidak termasuk instansi ini. Muat ulang halaman lalu pilih lagi.";
    throw new ValidationError(message, { unitIds: message });
  }
  return wanted;
}

/** Fails closed (404) unless the user manages the agency: every one of its units is in scope. */
export async function assertManagedAgency(db: TTransaction, user: TSessionUser, agencyId: string): Promise<void> {
  requireAdmin(user);
  const agency = await db.agency.findFirst({ where: { AND: [{ id: agencyId }, agencyWhereManagedBy(user)] }, select: { id: true } });
  if (!agency) throw new NotFoundError("Instansi tidak ditemukan.");
}
