import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { atRiskSql, scopedAssessmentsSql } from "@/lib/dashboard/scoped-assessments-sql";

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
           COALESCE(avg(b."answeredCount"::float8 / NULLIF(b."itemCount", 0)), 0)::float8 AS "avgAnsweredShare",
           COALESCE(avg(b."evidencedCount"::float8 / NULLIF(b."itemCount", 0)), 0)::float8 AS "avgEvidencedShare",
           avg(b."refTotal")::float8 AS "avgRefTotal",
           count(*) FILTER (WHERE b."selfWbk")::int AS "selfWbk",
           count(*) FILTER (WHERE b."evalWbk")::int AS "evalWbk",
           count(*) FILTER (WHERE ${atRiskSql(context)})::int AS "atRisk"
    FROM base b LEFT JOIN "Unit" rg ON rg."id" = b."regionId"
    GROUP BY b."regionId"
    ORDER BY "regionName" ASC`;
});
