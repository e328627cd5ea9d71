import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { scopedAssessmentsSql } from "@/lib/dashboard/scoped-assessments-sql";
import { STATUS_VALUES } from "@/lib/dashboard/schemas";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

export type TAgencySummary = {
  unitCount: number;
  statusCounts: Record<AssessmentStatus, number>;
  /** Mean over units of answered / items, and of items with evidence / items (0..1). */
  avgAnsweredShare: number;
  avgEvidencedShare: number;
  avgSelfTotal: number;
  /** Over the units the TPI has scored; null when none. */
  avgEvalTotal: number | null;
  evaluatedCount: number;
  selfWbk: number;
  selfWbbm: number;
  evalWbk: number;
  evalWbbm: number;
};

type TRow = Omit<TAgencySummary, "statusCounts"> & { statusCounts: Record<string, number> | null };

/** The headline numbers of the agency view: one aggregate over the stored counters and totals. */
export const getAgencySummary = cache(async (context: TReadyContext): Promise<TAgencySummary> => {
  const [row] = await prisma.$queryRaw<TRow[]>`
    WITH base AS MATERIALIZED (${scopedAssessmentsSql(context)})
    SELECT count(*)::int AS "unitCount",
           (SELECT jsonb_object_agg(g."status", g.n) FROM (SELECT "status", count(*)::int AS n FROM base GROUP BY "status") g) AS "statusCounts",
           COALESCE(avg(b."answeredCount"::float8 / NULLIF(b."itemCount", 0)), 0)::float8 AS "avgAnsweredShare",
           COALESCE(avg(b."evidencedCount"::float8 / NULLIF(b."itemCount", 0)), 0)::float8 AS "avgEvidencedShare",
           COALESCE(avg(b."selfTotal"), 0)::float8 AS "avgSelfTotal",
           avg(b."evalTotal")::float8 AS "avgEvalTotal",
           count(*) FILTER (WHERE b."hasEval")::int AS "evaluatedCount",
           count(*) FILTER (WHERE b."selfWbk")::int AS "selfWbk",
           count(*) FILTER (WHERE b."selfWbbm")::int AS "selfWbbm",
           count(*) FILTER (WHERE b."evalWbk")::int AS "evalWbk",
           count(*) FILTER (WHERE b."evalWbbm")::int AS "evalWbbm"
    FROM base b`;
  const statusCounts = Object.fromEntries(STATUS_VALUES.map((s) => [s, row?.statusCounts?.[s] ?? 0])) as Record<AssessmentStatus, number>;
  return { ...(row as TRow), statusCounts };
});
