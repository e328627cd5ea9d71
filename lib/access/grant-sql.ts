import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TAccessRole } from "@/lib/auth/policy";
import { likePrefix, type TGrant } from "@/lib/access/grants";

// Grants as raw SQL over an assessment row: "Assessment" aliased a joined to its "Unit" aliased u.
// The Prisma twin is lib/access/grant-where.ts.

function grantSql(grant: TGrant): Prisma.Sql {
  switch (grant.reach) {
    case "installation":
      return Prisma.sql`TRUE`;
    case "unit":
      return Prisma.sql`u."id" = ${grant.unitId}`;
    case "subtree":
      return Prisma.sql`u."path" LIKE ${likePrefix(grant.path)}`;
    case "assigned": {
      const lead = grant.lead ? Prisma.sql`AND t."role" = 'LEAD'` : Prisma.empty;
      const ownUnits = grant.exceptUnitIds.length ? Prisma.sql`AND u."id" NOT IN (${Prisma.join(grant.exceptUnitIds)})` : Prisma.empty;
      return Prisma.sql`(EXISTS (SELECT 1 FROM "EvaluatorAssignment" t WHERE t."assessmentId" = a."id" AND t."userId" = ${grant.userId} ${lead}) ${ownUnits})`;
    }
  }
}

/** True on the rows any of the grants reaches. */
export function grantsSql(grants: readonly TGrant[]): Prisma.Sql {
  return grants.length ? Prisma.sql`(${Prisma.join(grants.map(grantSql), " OR ")})` : Prisma.sql`FALSE`;
}

/** The roles the grants give on the row, as a text[] (e.g. {UNIT_MEMBER} or {EVALUATOR,LEAD_EVALUATOR}). */
export function heldRolesSql(grants: readonly TGrant[]): Prisma.Sql {
  const roles = [...new Set(grants.map((g) => g.role))];
  if (roles.length === 0) return Prisma.sql`ARRAY[]::text[]`;
  const cases = roles.map((role) => Prisma.sql`CASE WHEN ${grantsSql(grants.filter((g) => g.role === role))} THEN ${role} END`);
  return Prisma.sql`array_remove(ARRAY[${Prisma.join(cases)}]::text[], NULL)`;
}

/** A text[] literal of roles, to test overlap (&&) with heldRolesSql. */
export function rolesArraySql(roles: readonly TAccessRole[]): Prisma.Sql {
  return roles.length ? Prisma.sql`ARRAY[${Prisma.join(roles)}]::text[]` : Prisma.sql`ARRAY[]::text[]`;
}
