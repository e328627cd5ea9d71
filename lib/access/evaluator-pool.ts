import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The evaluators who may be put on an assessment of an agency, and whom its admins see: active
 * users with the EVALUATOR role on one of the agency's units, or without a unit (evaluators every
 * agency may call on). Another agency's evaluators stay out of sight.
 */
export function evaluatorPoolWhere(agencyId: string): Prisma.UserWhereInput {
  return { active: true, roles: { some: { role: "EVALUATOR", OR: [{ unit: { agencyId } }, { unitId: null }] } } };
}
