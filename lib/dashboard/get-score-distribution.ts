import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { scopedAssessmentsSql } from "@/lib/dashboard/scoped-assessments-sql";

export const BUCKET_WIDTH = 10;
export const BUCKET_COUNT = 10;

/** Units per band of total score: [0,10), [10,20) ... [90,100]. Evaluator bands count scored units only. */
export type TScoreBucket = { from: number; to: number; self: number; evaluator: number };

export const getScoreDistribution = cache(async (context: TReadyContext): Promise<TScoreBucket[]> => {
  const rows = await prisma.$queryRaw<{ bucket: number; side: "SELF" | "EVALUATOR"; n: number }[]>`
    WITH base AS (${scopedAssessmentsSql(context)})
    SELECT LEAST(GREATEST(floor(t.total / ${BUCKET_WIDTH}), 0), ${BUCKET_COUNT - 1})::int AS bucket, t.side, count(*)::int AS n
    FROM base b
    CROSS JOIN LATERAL (VALUES ('SELF', b."selfTotal"), ('EVALUATOR', b."evalTotal")) AS t(side, total)
    WHERE t.total IS NOT NULL
    GROUP BY 1, 2`;
  const buckets = Array.from({ length: BUCKET_COUNT }, (_, i) => ({ from: i * BUCKET_WIDTH, to: (i + 1) * BUCKET_WIDTH, self: 0, evaluator: 0 }));
  for (const row of rows) {
    const bucket = buckets[row.bucket];
    if (bucket) bucket[row.side === "SELF" ? "self" : "evaluator"] = row.n;
  }
  return buckets;
});
