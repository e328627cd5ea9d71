import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { getCatalogue } from "@/lib/catalogue/queries";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { dashboardNodes, type TDashboardNode } from "@/lib/dashboard/dashboard-nodes";
import { scopedAssessmentsSql } from "@/lib/dashboard/scoped-assessments-sql";
import { getScoreFingerprint } from "@/lib/dashboard/get-score-fingerprint";
import { cachedAggregate } from "@/lib/dashboard/aggregate-cache";
import { shownShareSql } from "@/lib/dashboard/shown-figure-sql";
import { Prisma } from "@/lib/generated/prisma/client";

/** Average share of an area's weight achieved (0..1, rounded as shown); evaluator averages cover scored units only. */
export type TAreaAverage = { area: TDashboardNode; self: number; evaluator: number | null; reference: number };
export type TRegionAreaRow = { regionId: string; regionName: string; unitCount: number; shares: Record<string, number> };
export type TAreaScores = { areas: TAreaAverage[]; regions: TRegionAreaRow[] };

type TRow = {
  regionId: string | null;
  regionName: string | null;
  code: string;
  units: number;
  self: number;
  evaluator: number | null;
  reference: number;
};

/**
 * Where the agency is weak, per area: self vs evaluator averages over all units, and the reference
 * score per region (the heat map). Reads the stored NodeScore rows of the areas only; a unit
 * without a stored score counts 0, as its empty LKE scores.
 */
export const getAreaScores = cache(async (context: TReadyContext): Promise<TAreaScores> => {
  const fingerprint = await getScoreFingerprint(context);
  const key = `areas|${context.period.id}|${context.access.key}`;
  return cachedAggregate(key, fingerprint, () => computeAreaScores(context));
});

async function computeAreaScores(context: TReadyContext): Promise<TAreaScores> {
  const { areas } = dashboardNodes((await getCatalogue(context.period.catalogueVersionId)).catalogue);
  const codes = areas.map((a) => a.code);
  const rows = await prisma.$queryRaw<TRow[]>`
    WITH base AS MATERIALIZED (${scopedAssessmentsSql(context)}),
    counts AS (
      SELECT b."regionId", count(*)::int AS units, count(*) FILTER (WHERE b."hasEval")::int AS evaluated
      FROM base b GROUP BY GROUPING SETS ((), (b."regionId"))
    ),
    sums AS (
      SELECT b."regionId", ns."nodeCode" AS code,
             sum(ns."share") FILTER (WHERE ns."side" = 'SELF') AS self,
             sum(ns."share") FILTER (WHERE ns."side" = 'EVALUATOR') AS evaluator,
             sum(ns."share") FILTER (WHERE ns."side" = b."refSide") AS reference
      FROM base b
      -- One primary-key range per assessment (OFFSET 0 keeps the planner from turning it into a
      -- scan of the whole table): the cost follows the units in scope, not every period's rows.
      CROSS JOIN LATERAL (
        SELECT ns."nodeCode", ns."side", ns."share" FROM "NodeScore" ns
        WHERE ns."assessmentId" = b."assessmentId" AND ns."nodeCode" = ANY(${codes}::text[]) OFFSET 0
      ) ns
      GROUP BY GROUPING SETS ((ns."nodeCode"), (b."regionId", ns."nodeCode"))
    )
    SELECT c."regionId", rg."name" AS "regionName", code.code, c.units,
           ${shownShareSql(Prisma.sql`COALESCE(s.self, 0) / c.units`)} AS self,
           ${shownShareSql(Prisma.sql`CASE WHEN c.evaluated > 0 THEN COALESCE(s.evaluator, 0) / c.evaluated END`)} AS evaluator,
           ${shownShareSql(Prisma.sql`COALESCE(s.reference, 0) / c.units`)} AS reference
    FROM counts c
    CROSS JOIN unnest(${codes}::text[]) AS code(code)
    LEFT JOIN sums s ON s."regionId" IS NOT DISTINCT FROM c."regionId" AND s.code = code.code
    LEFT JOIN "Unit" rg ON rg."id" = c."regionId"
    WHERE c.units > 0`;

  const byCode = new Map(areas.map((a) => [a.code, a]));
  const overall: TAreaAverage[] = [];
  const regions = new Map<string, TRegionAreaRow>();
  for (const row of rows) {
    const area = byCode.get(row.code);
    if (!area) continue;
    if (row.regionId === null) {
      overall.push({ area, self: row.self, evaluator: row.evaluator, reference: row.reference });
      continue;
    }
    let region = regions.get(row.regionId);
    if (!region) {
      region = { regionId: row.regionId, regionName: row.regionName ?? row.regionId, unitCount: row.units, shares: {} };
      regions.set(row.regionId, region);
    }
    region.shares[row.code] = row.reference;
  }
  overall.sort((a, b) => codes.indexOf(a.area.code) - codes.indexOf(b.area.code));
  return { areas: overall, regions: [...regions.values()].sort((a, b) => a.regionName.localeCompare(b.regionName, "id")) };
}
