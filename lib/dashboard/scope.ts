import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { PERMISSIONS } from "@/lib/auth/policy";
import { unitWhereVisibleTo } from "@/lib/auth/scope";
import { NotFoundError } from "@/lib/errors";

/** A subtree the viewer leads or administers: its units are the dashboard's units. */
export type TScopeRoot = { unitId: string; path: string; name: string };

export type TDashboardScope = {
  /** Non-overlapping subtrees; an installation admin gets every top unit. */
  roots: TScopeRoot[];
  /** Identifies the scope in caches: the same roots give the same numbers. */
  key: string;
};

const HIDDEN = "Halaman tidak ditemukan.";

/**
 * The user with only the roles that open the dashboard (LEADER, ADMIN). A member role on some unit
 * must not widen what the dashboard shows: dashboards are for the subtrees one leads.
 */
export function dashboardRolesOnly(user: TSessionUser): TSessionUser {
  const allowed: readonly string[] = PERMISSIONS["dashboard.read"];
  return { ...user, roles: user.roles.filter((r) => allowed.includes(r.role)) };
}

/**
 * The dashboard's scope, from the one visibility builder: the root units are read through
 * unitWhereVisibleTo, so the dashboard can never show a unit the rest of the app would hide.
 * A user without a dashboard role learns nothing (NotFoundError, a 404).
 */
export const getDashboardScope = cache(async (user: TSessionUser): Promise<TDashboardScope> => {
  const viewer = dashboardRolesOnly(user);
  const everywhere = viewer.roles.some((r) => r.role === "ADMIN" && r.unitId === null);
  const rootIds = viewer.roles.flatMap((r) => (r.unitId ? [r.unitId] : []));
  if (!everywhere && rootIds.length === 0) throw new NotFoundError(HIDDEN);

  const units = await prisma.unit.findMany({
    where: { AND: [unitWhereVisibleTo(viewer), everywhere ? { parentId: null } : { id: { in: rootIds } }] },
    select: { id: true, path: true, name: true },
    orderBy: { path: "asc" },
  });
  // A leader of the agency who also leads a region: the region is already inside the agency.
  const roots: TScopeRoot[] = [];
  for (const unit of units) {
    if (!roots.some((root) => unit.path.startsWith(root.path))) roots.push({ unitId: unit.id, path: unit.path, name: unit.name });
  }
  if (roots.length === 0) throw new NotFoundError(HIDDEN);
  return { roots, key: roots.map((r) => r.unitId).join(",") };
});
