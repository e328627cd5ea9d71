import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TSessionUser } from "@/lib/auth/load-user";

// The one builder of "what may this user see" for unit-scoped rows. Any query that skips it
// must be named unsafe...

export function unitWhereVisibleTo(user: TSessionUser): Prisma.UnitWhereInput {
  const or: Prisma.UnitWhereInput[] = [];
  for (const scope of user.roles) {
    if (scope.role === "ADMIN" && scope.unitId === null) return {};
    if ((scope.role === "UNIT_MEMBER" || scope.role === "UNIT_HEAD") && scope.unitId) or.push({ id: scope.unitId });
    if ((scope.role === "LEADER" || scope.role === "ADMIN") && scope.unitPath) or.push({ path: { startsWith: scope.unitPath } });
  }
  return or.length ? { OR: or } : { id: "__none__" };
}

export function assessmentWhereVisibleTo(user: TSessionUser): Prisma.AssessmentWhereInput {
  const byUnit = unitWhereVisibleTo(user);
  if (Object.keys(byUnit).length === 0) return {};
  const evaluator = user.roles.some((r) => r.role === "EVALUATOR");
  return {
    OR: [{ unit: byUnit }, ...(evaluator ? [{ assignments: { some: { userId: user.id } } }] : [])],
  };
}
