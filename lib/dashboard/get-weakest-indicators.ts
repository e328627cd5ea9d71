import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { getCatalogue } from "@/lib/catalogue/queries";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { dashboardNodes, type TDashboardNode } from "@/lib/dashboard/dashboard-nodes";
import { scopedAssessmentsSql } from "@/lib/dashboard/scoped-assessments-sql";
import { getScoreFingerprint } from "@/lib/dashboard/get-score-fingerprint";
import { cachedAggregate } from "@/lib/dashboard/aggregate-cache";
import { exactishSql, shownScoreSql, shownShareSql } from "@/lib/dashboard/shown-figure-sql";
import { Prisma } from "@/lib/generated/prisma/client";

export const WEAKEST_COUNT = 10;

/** Average over the units of the reference score's share of the indicator's weight (0..1), and its points, rounded as shown. */
export type TWeakIndicator = { indicator: TDashboardNode; share: number; score: number };

/**
 * The indicators with the lowest average, to guide coaching. A unit without a stored score counts
 * 0; equal averages keep catalogue order so the list is stable.
 */
export const getWeakestIndicators = cache(async (context: TReadyContext): Promise<TWeakIndicator[]> => {
  const fingerprint = await getScoreFingerprint(context);
  const key = `weakest|${context.period.id}|${context.access.key}`;
  return cachedAggregate(key, fingerprint, () => computeWeakestIndicators(context));
});

async function computeWeakestIndicators(context: TReadyContext): Promise<TWeakIndicator[]> {
  const { indicators } = dashboardNodes((await getCatalogue(context.period.catalogueVersionId)).catalogue);
  const codes = indicators.map((i) => i.code);
  const rows = await prisma.$queryRaw<{ code: string; share: number; score: number }[]>`
    WITH base AS MATERIALIZED (${scopedAssessmentsSql(context)}),
    sums AS (
      SELECT ns."nodeCode" AS code, sum(ns."share") AS share, sum(ns."score") AS score
      FROM base b
      -- One primary-key range per assessment, as in get-area-scores.ts.
      CROSS JOIN LATERAL (
        SELECT ns."nodeCode", ns."share", ns."score" FROM "NodeScore" ns
        WHERE ns."assessmentId" = b."assessmentId" AND ns."side" = b."refSide" AND ns."nodeCode" = ANY(${codes}::text[]) OFFSET 0
      ) ns
      GROUP BY ns."nodeCode"
    )
    SELECT c.code, ${shownShareSql(Prisma.sql`COALESCE(s.share, 0) / n.units`)} AS share,
           ${shownScoreSql(Prisma.sql`COALESCE(s.score, 0) / n.units`)} AS score
    FROM unnest(${codes}::text[]) WITH ORDINALITY AS c(code, pos)
    CROSS JOIN (SELECT count(*) AS units FROM base) n
    LEFT JOIN sums s ON s.code = c.code
    WHERE n.units > 0
    -- Equal averages keep catalogue order (rounding off the storage error keeps them equal).
    ORDER BY ${exactishSql(Prisma.sql`COALESCE(s.share, 0) / n.units`)} ASC, c.pos ASC
    LIMIT ${WEAKEST_COUNT}`;
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  return rows.flatMap((row) => {
    const indicator = byCode.get(row.code);
    return indicator ? [{ indicator, share: row.share, score: row.score }] : [];
  });
}
