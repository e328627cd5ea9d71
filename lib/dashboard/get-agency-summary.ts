import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { scopedAssessmentsSql } from "@/lib/dashboard/scoped-assessments-sql";
import { shownScoreSql, shownShareSql } from "@/lib/dashboard/shown-figure-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { STATUS_VALUES } from "@/lib/dashboard/schemas";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

export type TAgencySummary = {
  unitCount: number;
  statusCounts: Record<AssessmentStatus, number>;
  /** Mean over units of answered / items, and of items with evidence / items (0..1), rounded as shown. */
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
           ${shownShareSql(Prisma.sql`COALESCE(avg(b."answeredCount"::numeric / NULLIF(b."itemCount", 0)), 0)`)} AS "avgAnsweredShare",
           ${shownShareSql(Prisma.sql`COALESCE(avg(b."evidencedCount"::numeric / NULLIF(b."itemCount", 0)), 0)`)} AS "avgEvidencedShare",
           ${shownScoreSql(Prisma.sql`COALESCE(avg(b."selfTotal"), 0)`)} AS "avgSelfTotal",
           ${shownScoreSql(Prisma.sql`avg(b."evalTotal")`)} AS "avgEvalTotal",
           count(*) FILTER (WHERE b."hasEval")::int AS "evaluatedCount",
           count(*) FILTER (WHERE b."selfWbk")::int AS "selfWbk",
           count(*) FILTER (WHERE b."selfWbbm")::int AS "selfWbbm",
           count(*) FILTER (WHERE b."evalWbk")::int AS "evalWbk",
           count(*) FILTER (WHERE b."evalWbbm")::int AS "evalWbbm"
    FROM base b`;
  const statusCounts = Object.fromEntries(STATUS_VALUES.map((s) => [s, row?.statusCounts?.[s] ?? 0])) as Record<AssessmentStatus, number>;
  return { ...(row as TRow), statusCounts };
});
