import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { dashboardUnitSql, type TDashboardAccess } from "@/lib/access/dashboard-access";
import type { TExact } from "@/lib/scoring/types";

/** Ranking groups of the seed: all units, per kind of unit (its level label), per district. */
export type TRankingGroup = "all" | "type" | "district";

export type TRankingRow = {
  assessmentId: string;
  unitId: string;
  unitName: string;
  unitType: string;
  district: string | null;
  /** The group the rank is within (null for "all"). */
  group: string | null;
  rank: number;
  /** IPP, exact. */
  value: TExact;
  category: string;
  priority: boolean;
  award: boolean;
  /** The unit's latest LKE ZI total (the TPI's when final, else its own), exact; null without one. */
  ziTotal: TExact | null;
  ziYear: number | null;
};

const GROUP_SQL: Record<TRankingGroup, Prisma.Sql> = {
  all: Prisma.sql`NULL::text`,
  type: Prisma.sql`u."level"`,
  district: Prisma.sql`COALESCE(u."district", '')`,
};

/**
 * Units of a PEKPPP period ranked by IPP, highest first (ties share a rank), within the viewer's
 * dashboard scope; optionally only the "prioritas pembinaan" (D, E, F). Beside each, the unit's
 * ZI result, so leaders see both evaluations of the same units. One query.
 */
export async function getIndexRanking(access: TDashboardAccess, periodId: string, group: TRankingGroup, priorityOnly = false): Promise<TRankingRow[]> {
  const groupSql = GROUP_SQL[group];
  return prisma.$queryRaw<TRankingRow[]>`
    SELECT a."id" AS "assessmentId", u."id" AS "unitId", u."name" AS "unitName", u."level" AS "unitType", u."district",
           ${groupSql} AS "group",
           (RANK() OVER (PARTITION BY ${groupSql} ORDER BY r."value" DESC))::int AS "rank",
           r."result"->>'value' AS "value", r."category", r."priority", r."award",
           zi."total" AS "ziTotal", zi."year" AS "ziYear"
    FROM "IndexResult" r
    JOIN "Assessment" a ON a."id" = r."assessmentId"
    JOIN "Unit" u ON u."id" = a."unitId"
    LEFT JOIN LATERAL (
      SELECT s."result"->>'total' AS "total", p2."year"
      FROM "Assessment" a2
      JOIN "Period" p2 ON p2."id" = a2."periodId"
      JOIN "CatalogueVersion" cv ON cv."id" = p2."catalogueVersionId" AND cv."instrument" = 'LKE_ZI'
      JOIN "AssessmentScore" s ON s."assessmentId" = a2."id"
        AND s."side" = (CASE WHEN a2."status" = 'FINAL' THEN 'EVALUATOR' ELSE 'SELF' END)::"Side"
      WHERE a2."unitId" = u."id"
      ORDER BY p2."year" DESC
      LIMIT 1
    ) zi ON TRUE
    WHERE a."periodId" = ${periodId} AND ${dashboardUnitSql(access)}
      ${priorityOnly ? Prisma.sql`AND r."priority"` : Prisma.empty}
    ORDER BY "group" NULLS FIRST, "rank", u."name"`;
}

/** PEKPPP periods whose units the viewer sees, newest first: the ranking page's choices. */
export async function listIndexPeriods(access: TDashboardAccess) {
  return prisma.$queryRaw<{ id: string; name: string; year: number }[]>`
    SELECT DISTINCT p."id", p."name", p."year"
    FROM "Period" p
    JOIN "CatalogueVersion" cv ON cv."id" = p."catalogueVersionId" AND cv."instrument" = 'PEKPPP'
    JOIN "Assessment" a ON a."periodId" = p."id"
    JOIN "Unit" u ON u."id" = a."unitId"
    WHERE ${dashboardUnitSql(access)}
    ORDER BY p."year" DESC, p."name"`;
}
