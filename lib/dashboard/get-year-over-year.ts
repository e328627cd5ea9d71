import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { dashboardUnitSql } from "@/lib/access/dashboard-access";
import { shownScoreSql } from "@/lib/dashboard/shown-figure-sql";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Average stored totals per period year, up to the chosen period's year, for the units in scope and,
 * for the years before they merged, split or were replaced, the units they carry on from.
 */
export type TYearAverage = { year: number; unitCount: number; avgSelf: number; avgEval: number | null; evaluatedCount: number };

export const getYearOverYear = cache(async (context: TReadyContext): Promise<TYearAverage[]> => {
  return prisma.$queryRaw<TYearAverage[]>`
    SELECT p."year", count(*)::int AS "unitCount",
           ${shownScoreSql(Prisma.sql`avg(COALESCE(s."total", 0))`)} AS "avgSelf",
           ${shownScoreSql(Prisma.sql`avg(e."total")`)} AS "avgEval",
           count(e."assessmentId")::int AS "evaluatedCount"
    FROM "Period" p
    JOIN "Assessment" a ON a."periodId" = p."id"
    LEFT JOIN "AssessmentScore" s ON s."assessmentId" = a."id" AND s."side" = 'SELF'::"Side"
    LEFT JOIN "AssessmentScore" e ON e."assessmentId" = a."id" AND e."side" = 'EVALUATOR'::"Side"
    WHERE p."agencyId" = ${context.period.agencyId} AND p."year" <= ${context.period.year}
      AND (EXISTS (SELECT 1 FROM "Unit" u WHERE u."id" = a."unitId" AND ${dashboardUnitSql(context.access)})
           -- Before a merge, split or replacement: the old unit's LKE counts where its successor is.
           OR EXISTS (SELECT 1 FROM "UnitLineage" l JOIN "Unit" u ON u."id" = l."toUnitId"
                      WHERE l."fromUnitId" = a."unitId" AND p."year" < l."year" AND ${dashboardUnitSql(context.access)}))
    GROUP BY p."year"
    ORDER BY p."year"`;
});
