import "server-only";
import type { TSessionUser } from "@/lib/auth/load-user";
import { PERMISSIONS, rolesFor, type TAccessRole, type TPermission } from "@/lib/auth/policy";

/**
 * Where one of the user's roles holds. The one reading of the user's role assignments: every
 * scoped query (Prisma where, raw SQL) is rendered from these (lib/access/grant-where.ts,
 * lib/access/grant-sql.ts), so no query decides on its own who sees what.
 */
export type TGrant =
  | { role: TAccessRole; reach: "installation" }
  | { role: TAccessRole; reach: "unit"; unitId: string }
  | { role: TAccessRole; reach: "subtree"; path: string }
  /** Assessments the user is assigned to (as lead only for LEAD_EVALUATOR), never their own unit's. */
  | { role: TAccessRole; reach: "assigned"; userId: string; lead: boolean; exceptUnitIds: string[] };

/** Every grant of the user, for every role they hold. */
export function grantsOf(user: TSessionUser): TGrant[] {
  const ownUnits = user.roles.flatMap((r) => ((r.role === "UNIT_MEMBER" || r.role === "UNIT_HEAD") && r.unitId ? [r.unitId] : []));
  const grants: TGrant[] = [];
  for (const scope of user.roles) {
    if (scope.role === "EVALUATOR") {
      grants.push({ role: "EVALUATOR", reach: "assigned", userId: user.id, lead: false, exceptUnitIds: ownUnits });
      grants.push({ role: "LEAD_EVALUATOR", reach: "assigned", userId: user.id, lead: true, exceptUnitIds: ownUnits });
    } else if (scope.role === "UNIT_MEMBER" || scope.role === "UNIT_HEAD") {
      if (scope.unitId) grants.push({ role: scope.role, reach: "unit", unitId: scope.unitId });
    } else if (scope.unitId === null) {
      // A leader without a unit leads nothing; an admin without one administers the installation.
      if (scope.role === "ADMIN") grants.push({ role: scope.role, reach: "installation" });
    } else if (scope.unitPath) {
      grants.push({ role: scope.role, reach: "subtree", path: scope.unitPath });
    }
  }
  // One evaluator grant is enough, however many EVALUATOR assignments the user holds.
  return grants.filter((grant, index) => grants.findIndex((other) => JSON.stringify(other) === JSON.stringify(grant)) === index);
}

/**
 * The grants that give a permission: of its roles, and for an installation-wide permission only
 * those over the whole installation. ("agency" permissions are narrowed by agencyWhere.)
 */
export function grantsFor(user: TSessionUser, permission: TPermission): TGrant[] {
  const roles = rolesFor(permission);
  const installationOnly = PERMISSIONS[permission].on === "installation";
  return grantsOf(user).filter((grant) => roles.includes(grant.role) && (!installationOnly || grant.reach === "installation"));
}

/** The grants that cover units (not assignments): leaders', admins', members' and heads'. */
export function unitGrants(grants: readonly TGrant[]) {
  return grants.filter((g): g is Exclude<TGrant, { reach: "assigned" }> => g.reach !== "assigned");
}

/** LIKE treats % and _ as wildcards; paths are ids, but escape them anyway. */
export function likePrefix(path: string): string {
  return `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
