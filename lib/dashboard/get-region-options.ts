import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { scopedAssessmentsSql } from "@/lib/dashboard/scoped-assessments-sql";

export type TRegionOption = { id: string; name: string };

/**
 * The region filter's choices: the regions (lib/dashboard/scope-sql.ts, e.g. each Kejati) of the
 * period's units in scope, the same ids the table filters on. A regional leader gets their region.
 */
export const getRegionOptions = cache(async (context: TReadyContext): Promise<TRegionOption[]> => {
  return prisma.$queryRaw<TRegionOption[]>`
    WITH base AS (${scopedAssessmentsSql(context)})
    SELECT DISTINCT b."regionId" AS "id", COALESCE(rg."name", b."regionId") AS "name"
    FROM base b LEFT JOIN "Unit" rg ON rg."id" = b."regionId"
    ORDER BY "name" ASC`;
});
