import type { Role } from "@/lib/generated/prisma/enums";
import type { TSessionUser } from "@/lib/auth/load-user";

// Who may do what. A role only counts where it applies: members and heads on their own unit,
// leaders and admins on their subtree, evaluators on the assessments assigned to them.
export const PERMISSIONS = {
  "assessment.read": ["ADMIN", "UNIT_MEMBER", "UNIT_HEAD", "EVALUATOR", "LEADER"],
  "answer.self.write": ["UNIT_MEMBER", "UNIT_HEAD"],
  "answer.evaluator.write": ["EVALUATOR"],
  "review.write": ["EVALUATOR"],
  "note.unit.write": ["UNIT_MEMBER", "UNIT_HEAD"],
  "evaluator.assign": ["ADMIN"],
  "assessment.submit": ["UNIT_HEAD"],
  "evidence.write": ["UNIT_MEMBER", "UNIT_HEAD"],
  "evidence.read": ["ADMIN", "UNIT_MEMBER", "UNIT_HEAD", "EVALUATOR", "LEADER"],
  "dashboard.read": ["ADMIN", "LEADER"],
  "catalogue.manage": ["ADMIN"],
  "period.manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type TPermission = keyof typeof PERMISSIONS;

/** The unit (and, for evaluators, the assignment) a permission is checked against. */
export type TScopeTarget = { unitId: string; unitPath: string; evaluatorIds?: readonly string[] };

export function rolesOn(user: TSessionUser, target: TScopeTarget): Set<Role> {
  const roles = new Set<Role>();
  for (const scope of user.roles) {
    if (scope.role === "EVALUATOR") continue;
    const sameUnit = scope.unitId === target.unitId;
    const inSubtree = scope.unitPath !== null && target.unitPath.startsWith(scope.unitPath);
    const everywhere = scope.role === "ADMIN" && scope.unitId === null;
    if (scope.role === "UNIT_MEMBER" || scope.role === "UNIT_HEAD") {
      if (sameUnit) roles.add(scope.role);
    } else if (inSubtree || everywhere) {
      roles.add(scope.role);
    }
  }
  // Evaluators act only on assigned assessments, and never on their own unit's.
  const ownUnit = roles.has("UNIT_MEMBER") || roles.has("UNIT_HEAD");
  if (!ownUnit && target.evaluatorIds?.includes(user.id) && user.roles.some((r) => r.role === "EVALUATOR")) roles.add("EVALUATOR");
  return roles;
}

export function can(user: TSessionUser, permission: TPermission, target: TScopeTarget): boolean {
  const held = rolesOn(user, target);
  return PERMISSIONS[permission].some((role) => held.has(role));
}

export function hasRole(user: TSessionUser, role: Role): boolean {
  return user.roles.some((r) => r.role === role);
}
