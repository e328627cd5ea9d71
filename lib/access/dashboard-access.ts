import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TSessionUser } from "@/lib/auth/load-user";
import { NotFoundError } from "@/lib/errors";
import { grantsFor, likePrefix } from "@/lib/access/grants";
import { unitWhere } from "@/lib/access/grant-where";
import { seal, type TProof } from "@/lib/access/seal";

/** A subtree the viewer leads or administers: its units are the dashboard's units. */
export type TScopeRoot = { unitId: string; path: string; name: string };

/**
 * Proof that the viewer may see the dashboards of these subtrees (dashboard.read: leaders and
 * admins; a member or evaluator role elsewhere never widens it). Every dashboard query filters its
 * units with dashboardUnitSql or dashboardUnitWhere below, and only with them.
 */
export type TDashboardAccess = TProof<"dashboard", {
  user: TSessionUser;
  /** Non-overlapping subtrees; an installation admin gets every top unit. */
  roots: readonly TScopeRoot[];
  /** Identifies the scope in caches: the same roots give the same numbers. */
  key: string;
}>;

const HIDDEN = "Halaman tidak ditemukan.";

/** The viewer's subtrees, read with the grants' own where; without any: NotFoundError (404). */
export const authorizeDashboard = cache(async (user: TSessionUser): Promise<TDashboardAccess> => {
  const grants = grantsFor(user, "dashboard.read");
  if (grants.length === 0) throw new NotFoundError(HIDDEN);
  const everywhere = grants.some((g) => g.reach === "installation");
  const units = await prisma.unit.findMany({
    where: { AND: [unitWhere(grants), everywhere ? { parentId: null } : { path: { in: grants.flatMap((g) => (g.reach === "subtree" ? [g.path] : [])) } }] },
    select: { id: true, path: true, name: true },
    orderBy: { path: "asc" },
  });
  // A leader of the agency who also leads a region: the region is already inside the agency.
  const roots: TScopeRoot[] = [];
  for (const unit of units) {
    if (!roots.some((root) => unit.path.startsWith(root.path))) roots.push({ unitId: unit.id, path: unit.path, name: unit.name });
  }
  if (roots.length === 0) throw new NotFoundError(HIDDEN);
  return seal("dashboard", { user, roots, key: roots.map((r) => r.unitId).join(",") });
});

/**
 * The scope as SQL over "Unit" aliased u, for the aggregates Prisma cannot express: a unit is in
 * when its materialised path starts with a root's. The patterns are plain parameters, so the
 * planner estimates the subtree's size (hash joins over an agency, index lookups for a region).
 */
export function dashboardUnitSql(access: TDashboardAccess): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(access.roots.map((root) => Prisma.sql`u."path" LIKE ${likePrefix(root.path)}`), " OR ")})`;
}

/** The same scope as a Prisma filter on units. */
export function dashboardUnitWhere(access: TDashboardAccess): Prisma.UnitWhereInput {
  return { OR: access.roots.map((root) => ({ path: { startsWith: root.path } })) };
}
