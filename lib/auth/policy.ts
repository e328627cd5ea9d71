import type { Role } from "@/lib/generated/prisma/enums";
import type { TSessionUser } from "@/lib/auth/load-user";

/**
 * The roles a user can hold on a resource: the stored roles, and the lead of an assessment's TPI
 * team (an EVALUATOR assigned to it as LEAD).
 */
export type TAccessRole = Role | "LEAD_EVALUATOR";

/**
 * Where a role must hold for a permission:
 * - "unit": on the resource's unit. Members and heads on their own unit, leaders and admins on
 *   their subtree (an admin without a unit: everywhere), evaluators on the assessments assigned
 *   to them and never on their own unit's.
 * - "agency": on every unit of the resource's agency: an admin of the installation, or of the
 *   agency's top unit. A period applies to the whole agency.
 * - "installation": everywhere: an admin without a unit.
 * - "anywhere": the role held on any unit (choosing a catalogue version for a period).
 */
export type TReach = "unit" | "agency" | "installation" | "anywhere";

/** Who may do what, and where. lib/access turns each entry into the scope of its queries. */
export const PERMISSIONS = {
  "assessment.read": { on: "unit", roles: ["UNIT_MEMBER", "UNIT_HEAD", "EVALUATOR", "LEADER", "ADMIN"] },
  "answer.self.write": { on: "unit", roles: ["UNIT_MEMBER", "UNIT_HEAD"] },
  "assessment.submit": { on: "unit", roles: ["UNIT_HEAD"] },
  "evidence.read": { on: "unit", roles: ["UNIT_MEMBER", "UNIT_HEAD", "EVALUATOR", "LEADER", "ADMIN"] },
  "evidence.write": { on: "unit", roles: ["UNIT_MEMBER", "UNIT_HEAD"] },
  "plan.write": { on: "unit", roles: ["UNIT_MEMBER", "UNIT_HEAD"] },
  /** Publishing on the unit's public ZI page (statements, evidence, service information): its people and admins. */
  "public.publish": { on: "unit", roles: ["UNIT_MEMBER", "UNIT_HEAD", "ADMIN"] },
  "survey.read": { on: "unit", roles: ["UNIT_MEMBER", "UNIT_HEAD", "EVALUATOR", "LEADER", "ADMIN"] },
  "survey.manage": { on: "unit", roles: ["UNIT_MEMBER", "UNIT_HEAD"] },
  "note.write": { on: "unit", roles: ["UNIT_MEMBER", "UNIT_HEAD", "EVALUATOR"] },
  "review.read": { on: "unit", roles: ["EVALUATOR"] },
  "review.write": { on: "unit", roles: ["EVALUATOR"] },
  "answer.evaluator.write": { on: "unit", roles: ["EVALUATOR"] },
  "review.lead": { on: "unit", roles: ["LEAD_EVALUATOR"] },
  "evaluator.assign": { on: "unit", roles: ["ADMIN"] },
  "dashboard.read": { on: "unit", roles: ["LEADER", "ADMIN"] },
  "period.manage": { on: "agency", roles: ["ADMIN"] },
  "user.manage": { on: "agency", roles: ["ADMIN"] },
  "unit.manage": { on: "agency", roles: ["ADMIN"] },
  "audit.read": { on: "agency", roles: ["ADMIN"] },
  "agency.manage": { on: "agency", roles: ["ADMIN"] },
  /** The agency's templat rencana aksi (a default plan per indicator its units may start from). */
  "plan.template.manage": { on: "agency", roles: ["ADMIN"] },
  "catalogue.read": { on: "anywhere", roles: ["ADMIN"] },
  "catalogue.import": { on: "installation", roles: ["ADMIN"] },
  /** The installation's list of agencies: adding one (with its top unit) and renaming it. */
  "installation.agencies": { on: "installation", roles: ["ADMIN"] },
} as const satisfies Record<string, { on: TReach; roles: readonly TAccessRole[] }>;

export type TPermission = keyof typeof PERMISSIONS;
/** Permissions checked on a unit's resources (an assessment and everything in it). */
export type TUnitPermission = { [P in TPermission]: (typeof PERMISSIONS)[P]["on"] extends "unit" ? P : never }[TPermission];

/** The roles that grant a permission. */
export function rolesFor(permission: TPermission): readonly TAccessRole[] {
  return PERMISSIONS[permission].roles;
}

/** Whether the roles held on one resource (an access proof's) grant a permission on it. */
export function can(access: { roles: ReadonlySet<TAccessRole> }, permission: TUnitPermission): boolean {
  return rolesFor(permission).some((role) => access.roles.has(role));
}

/**
 * The permissions the user holds somewhere, for navigation only: which menu entries to show.
 * Data is never guarded with this; every query goes through lib/access.
 */
export function heldPermissions(user: TSessionUser): ReadonlySet<TPermission> {
  const held = new Set<TPermission>();
  for (const [permission, rule] of Object.entries(PERMISSIONS) as [TPermission, (typeof PERMISSIONS)[TPermission]][]) {
    const reaches = user.roles.some((scope) => {
      const role: TAccessRole = scope.role;
      if (!rule.roles.some((r) => r === role || (r === "LEAD_EVALUATOR" && role === "EVALUATOR"))) return false;
      if (rule.on === "installation") return scope.unitId === null;
      // An agency's top unit has a path of one id: "/topId/".
      if (rule.on === "agency") return scope.unitId === null || scope.unitPath?.split("/").length === 3;
      return true;
    });
    if (reaches) held.add(permission);
  }
  return held;
}
