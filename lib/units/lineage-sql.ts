import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// A unit's history as SQL: the units it carries on from (merges, splits, replacements recorded in
// "UnitLineage"), at any distance. Shared by carrying forward and the year-over-year dashboard.

/** The unit ids `unitId` carries on from, the unit itself included, as a subquery of one column. */
export function lineageUnitIdsSql(unitId: string | Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    WITH RECURSIVE earlier("id") AS (
      SELECT ${unitId}::text
      UNION SELECT l."fromUnitId" FROM "UnitLineage" l JOIN earlier e ON l."toUnitId" = e."id"
    ) SELECT "id" FROM earlier)`;
}
