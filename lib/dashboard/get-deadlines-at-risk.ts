import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { atRiskSql, scopedAssessmentsSql } from "@/lib/dashboard/scoped-assessments-sql";
import type { TRiskPhase } from "@/lib/dashboard/risk-rule";

export const RISK_LIST_SIZE = 10;

export type TRiskUnit = { assessmentId: string; unitName: string; regionName: string; status: string; answeredCount: number; itemCount: number };
export type TDeadlinesAtRisk = { phase: TRiskPhase; closesAt: Date | null; count: number; units: TRiskUnit[] };

/** Units behind on the self-assessment deadline (rule in risk-rule.ts), least progress first. */
export const getDeadlinesAtRisk = cache(async (context: TReadyContext): Promise<TDeadlinesAtRisk> => {
  const { riskPhase: phase, selfWindow } = context.period;
  const base = { phase, closesAt: selfWindow?.closesAt ?? null };
  if (phase === "open") return { ...base, count: 0, units: [] };
  const rows = await prisma.$queryRaw<(TRiskUnit & { total: number })[]>`
    WITH base AS (${scopedAssessmentsSql(context)}),
    risky AS (SELECT b.*, count(*) OVER ()::int AS total FROM base b WHERE ${atRiskSql(context)})
    SELECT k."assessmentId", k."unitName", COALESCE(rg."name", '') AS "regionName", k."status", k."answeredCount", k."itemCount", k.total
    FROM risky k LEFT JOIN "Unit" rg ON rg."id" = k."regionId"
    ORDER BY k."answeredCount"::float8 / NULLIF(k."itemCount", 0) ASC NULLS FIRST, k."unitName" ASC, k."assessmentId" ASC
    LIMIT ${RISK_LIST_SIZE}`;
  return { ...base, count: rows[0]?.total ?? 0, units: rows.map(({ total: _total, ...unit }) => unit) };
});
