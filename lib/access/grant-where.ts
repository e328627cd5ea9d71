import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unitGrants, type TGrant } from "@/lib/access/grants";

// Grants as Prisma filters, for lists. The raw-SQL twin is lib/access/grant-sql.ts; both read the
// same grants, so a list and a single load can never disagree.

const NOTHING = { id: "__none__" } as const;

/** Assessments in reach of any of the grants. */
export function assessmentWhere(grants: readonly TGrant[]): Prisma.AssessmentWhereInput {
  if (grants.some((g) => g.reach === "installation")) return {};
  const or: Prisma.AssessmentWhereInput[] = grants.map((grant) => {
    switch (grant.reach) {
      case "unit":
        return { unitId: grant.unitId };
      case "subtree":
        return { unit: { path: { startsWith: grant.path } } };
      case "assigned":
        return {
          assignments: { some: { userId: grant.userId, ...(grant.lead ? { role: "LEAD" as const } : {}) } },
          unitId: { notIn: grant.exceptUnitIds },
        };
      case "installation":
        return {};
    }
  });
  return or.length ? { OR: or } : NOTHING;
}

/** Units in reach of the grants (assignments give no unit). */
export function unitWhere(grants: readonly TGrant[]): Prisma.UnitWhereInput {
  const byUnit = unitGrants(grants);
  if (byUnit.some((g) => g.reach === "installation")) return {};
  const or = byUnit.map((g): Prisma.UnitWhereInput => (g.reach === "unit" ? { id: g.unitId } : g.reach === "subtree" ? { path: { startsWith: g.path } } : {}));
  return or.length ? { OR: or } : NOTHING;
}

/** Agencies every unit of which is in reach: a period belongs to the whole agency. */
export function agencyWhere(grants: readonly TGrant[]): Prisma.AgencyWhereInput {
  const units = unitWhere(grants);
  if (Object.keys(units).length === 0) return {};
  return { units: { some: {}, every: units } };
}
