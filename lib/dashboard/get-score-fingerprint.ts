import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { scopedAssessmentsSql } from "@/lib/dashboard/scoped-assessments-sql";

/**
 * A digest of what the NodeScore aggregates depend on: which assessments are in scope, their
 * region, and when each side's stored score was last written. Every score write (save, review,
 * recompute) rewrites AssessmentScore.computedAt in the same transaction as the NodeScore rows,
 * so an unchanged digest means unchanged node scores. Costs one pass over the scope's
 * assessments, not over their node scores.
 */
export const getScoreFingerprint = cache(async (context: TReadyContext): Promise<string> => {
  const [row] = await prisma.$queryRaw<{ fingerprint: string }[]>`
    WITH base AS (${scopedAssessmentsSql(context)})
    SELECT md5(COALESCE(string_agg(
             b."assessmentId" || '|' || b."regionId" || '|' || COALESCE(b."selfComputedAt"::text, '-') || '|' || COALESCE(b."evalComputedAt"::text, '-'),
             ',' ORDER BY b."assessmentId"), '')) AS fingerprint
    FROM base b`;
  return row?.fingerprint ?? "";
});
