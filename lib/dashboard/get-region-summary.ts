import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { atRiskSql, scopedAssessmentsSql } from "@/lib/dashboard/scoped-assessments-sql";
import { shownScoreSql, shownShareSql } from "@/lib/dashboard/shown-figure-sql";
import { Prisma } from "@/lib/generated/prisma/client";

export type TRegionSummary = {
  regionId: string;
  regionName: string;
  unitCount: number;
  avgAnsweredShare: number;
  avgEvidencedShare: number;
  avgRefTotal: number;
  selfWbk: number;
  evalWbk: number;
  atRisk: number;
};

/** Per region: how far along, how good (reference score), how many meet WBK, how many are late. */
export const getRegionSummary = cache(async (context: TReadyContext): Promise<TRegionSummary[]> => {
  return prisma.$queryRaw<TRegionSummary[]>`
    WITH base AS (${scopedAssessmentsSql(context)})
    SELECT b."regionId", COALESCE(min(rg."name"), b."regionId") AS "regionName", count(*)::int AS "unitCount",
           ${shownShareSql(Prisma.sql`COALESCE(avg(b."answeredCount"::numeric / NULLIF(b."itemCount", 0)), 0)`)} AS "avgAnsweredShare",
           ${shownShareSql(Prisma.sql`COALESCE(avg(b."evidencedCount"::numeric / NULLIF(b."itemCount", 0)), 0)`)} AS "avgEvidencedShare",
           ${shownScoreSql(Prisma.sql`avg(b."refTotal")`)} AS "avgRefTotal",
           count(*) FILTER (WHERE b."selfWbk")::int AS "selfWbk",
           count(*) FILTER (WHERE b."evalWbk")::int AS "evalWbk",
           count(*) FILTER (WHERE ${atRiskSql(context)})::int AS "atRisk"
    FROM base b LEFT JOIN "Unit" rg ON rg."id" = b."regionId"
    GROUP BY b."regionId"
    ORDER BY "regionName" ASC`;
});
