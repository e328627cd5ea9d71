import "server-only";
import { cache } from "react";
import { prisma, type TTransaction } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { TAgencyAccess, TPeriodAccess } from "@/lib/access/period-access";
import { scopeAgencyWhere, type TScopeAccess } from "@/lib/access/scope-access";
import { orderUnitTree, type TUnitOption } from "@/lib/units/unit-tree";

export type TManagedAgency = { id: string; name: string; units: TUnitOption[] };

const UNIT_FIELDS = { id: true, parentId: true, code: true, name: true, level: true } as const;

/** Agencies whose periods the admin manages (every unit in their scope), each with its units as a tree. */
export const listManagedAgencies = cache(async (scope: TScopeAccess<"period.manage" | "user.manage">): Promise<TManagedAgency[]> => {
  const agencies = await prisma.agency.findMany({
    where: scopeAgencyWhere(scope),
    orderBy: { name: "asc" },
    select: { id: true, name: true, units: { where: { active: true }, select: UNIT_FIELDS } },
  });
  return agencies.map((a) => ({ id: a.id, name: a.name, units: orderUnitTree(a.units) }));
});

/** The managed agency's active units (of a period's agency too), in tree order: what forms offer. */
export const listAgencyUnits = cache(async (access: TAgencyAccess<"period.manage" | "user.manage"> | TPeriodAccess): Promise<TUnitOption[]> => {
  const agencyId = "agencyId" in access ? access.agencyId : access.id;
  return orderUnitTree(await prisma.unit.findMany({ where: { agencyId, active: true }, select: UNIT_FIELDS }));
});

/**
 * Checks that every requested unit exists and belongs to the managed agency; returns the
 * distinct ids. Ids come from the browser, so nothing is trusted.
 */
export async function assertAgencyUnits(access: TAgencyAccess<"period.manage"> | TPeriodAccess, db: TTransaction, unitIds: readonly string[]): Promise<string[]> {
  const agencyId = "agencyId" in access ? access.agencyId : access.id;
  const wanted = [...new Set(unitIds)];
  const found = await db.unit.findMany({ where: { id: { in: wanted }, agencyId, active: true }, select: { id: true } });
  if (found.length !== wanted.length) {
    const message = "Sebagian unit yang dipilih tidak ditemukan, sudah dinonaktifkan, atau tidak termasuk instansi ini. Muat ulang halaman lalu pilih lagi.";
    throw new ValidationError(message, { unitIds: message });
  }
  return wanted;
}
