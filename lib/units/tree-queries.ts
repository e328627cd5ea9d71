import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import type { TAgencyAccess } from "@/lib/access/period-access";
import { authorizeAgency } from "@/lib/access/period-access";
import { authorizeScope, scopeAgencyWhere } from "@/lib/access/scope-access";
import type { TUnitAccess } from "@/lib/access/unit-access";
import { NotFoundError } from "@/lib/errors";
import { orderUnitTree } from "@/lib/units/unit-tree";

const DETAILS = { id: true, parentId: true, code: true, name: true, level: true, region: true, district: true, timeZone: true, active: true } as const;

/** The agency a units page shows: the one asked for, else the first the admin manages. */
export async function pickUnitAgency(user: TSessionUser, requested?: string) {
  const agencies = await prisma.agency.findMany({ where: scopeAgencyWhere(authorizeScope(user, "unit.manage")), orderBy: { name: "asc" }, select: { id: true, name: true } });
  const agencyId = requested ?? agencies[0]?.id;
  if (!agencyId) throw new NotFoundError("Halaman tidak ditemukan.");
  return { agencies, agency: await authorizeAgency(user, agencyId, "unit.manage") };
}

/** Every unit of the agency, deactivated ones too, in tree order with their depth. */
export async function listUnitTree(agency: TAgencyAccess<"unit.manage">) {
  const rows = await prisma.unit.findMany({ where: { agencyId: agency.id }, select: DETAILS });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return orderUnitTree(rows).map((u) => ({ ...byId.get(u.id)!, depth: u.depth }));
}
export type TUnitTreeRow = Awaited<ReturnType<typeof listUnitTree>>[number];

/** The agency's recorded merges, splits and replacements, newest year first. */
export async function listUnitLineage(agency: TAgencyAccess<"unit.manage">) {
  return prisma.unitLineage.findMany({
    where: { to: { agencyId: agency.id } },
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
    select: { id: true, kind: true, year: true, toUnitId: true, from: { select: { name: true, code: true } }, to: { select: { name: true, code: true } } },
  });
}

/** One unit for its edit page, with where it may move to (not into its own subtree). */
export async function getManagedUnit(access: TUnitAccess) {
  const unit = await prisma.unit.findUniqueOrThrow({
    where: { id: access.id },
    select: { ...DETAILS, agency: { select: { id: true, name: true } }, parent: { select: { name: true } }, _count: { select: { assessments: true, roles: true } } },
  });
  const candidates = await prisma.unit.findMany({ where: { agencyId: access.agencyId, active: true }, select: { id: true, parentId: true, code: true, name: true, level: true, path: true } });
  const parents = orderUnitTree(candidates.filter((c) => !c.path.startsWith(access.path)));
  return { ...unit, parents };
}
export type TManagedUnit = Awaited<ReturnType<typeof getManagedUnit>>;
