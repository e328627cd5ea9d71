import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { dashboardUnitSql } from "@/lib/access/dashboard-access";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";

export const LATE_LIST_SIZE = 10;

export type TLateUnit = { assessmentId: string; unitName: string; steps: number; late: number };
export type TPlanProgress = { onTime: number; late: number; noPlan: number; lateUnits: TLateUnit[] };

/**
 * Rencana aksi progress of every unit of the period in the leader's scope, in one query: units
 * with no step (no plan), with a late step (a planned month over, or its target date passed,
 * without realisation; months in the unit's own time zone), and on time; the latest first.
 */
export const getPlanProgress = cache(async (context: TReadyContext): Promise<TPlanProgress> => {
  const [row] = await prisma.$queryRaw<{ totals: Omit<TPlanProgress, "lateUnits">; lateUnits: TLateUnit[] }[]>(planProgressSql(context));
  return { ...row!.totals, lateUnits: row!.lateUnits };
});

export function planProgressSql(context: TReadyContext): Prisma.Sql {
  const now = context.now;
  return Prisma.sql`
    WITH scoped AS (
      SELECT a."id" AS "assessmentId", u."name" AS "unitName",
             (${now}::timestamptz AT TIME ZONE u."timeZone") AS "local"
      FROM "Assessment" a JOIN "Unit" u ON u."id" = a."unitId" AND ${dashboardUnitSql(context.access)}
      WHERE a."periodId" = ${context.period.id}
    ),
    steps AS (
      SELECT x."assessmentId", s."id", s."plannedMonths", s."targetDate" < x."local"::date AS "targetPassed", ${endedSql(context.period.year)} AS "ended"
      FROM scoped x JOIN "ActionPlan" pl ON pl."assessmentId" = x."assessmentId" JOIN "ActionPlanStep" s ON s."planId" = pl."id"
    ),
    -- The realised months of those steps, gathered in one pass (a hash join, not a probe per step).
    realised AS MATERIALIZED (
      SELECT r."stepId", array_agg(r."month") AS "months"
      FROM "ActionPlanRealisation" r JOIN steps s ON s."id" = r."stepId"
      GROUP BY r."stepId"
    ),
    per AS (
      SELECT x."assessmentId", x."unitName", count(s."id")::int AS "steps",
             count(s."id") FILTER (WHERE EXISTS (
               SELECT 1 FROM unnest(s."plannedMonths") AS m(month)
               WHERE (m.month <= s."ended" OR s."targetPassed") AND NOT (m.month = ANY(s."realised"))))::int AS "late"
      FROM scoped x LEFT JOIN (SELECT s.*, COALESCE(rm."months", '{}') AS "realised" FROM steps s LEFT JOIN realised rm ON rm."stepId" = s."id") s
        ON s."assessmentId" = x."assessmentId"
      GROUP BY x."assessmentId", x."unitName"
    )
    SELECT (SELECT json_build_object('noPlan', count(*) FILTER (WHERE "steps" = 0), 'late', count(*) FILTER (WHERE "late" > 0),
                                     'onTime', count(*) FILTER (WHERE "steps" > 0 AND "late" = 0)) FROM per) AS "totals",
           (SELECT COALESCE(json_agg(t), '[]') FROM (SELECT * FROM per WHERE "late" > 0 ORDER BY "late" DESC, "unitName", "assessmentId" LIMIT ${LATE_LIST_SIZE}) t) AS "lateUnits"`;
}

/** Months of the period's year over at the unit's local time (x."local"), 0..12. */
function endedSql(year: number): Prisma.Sql {
  return Prisma.sql`LEAST(12, GREATEST(0, (extract(year FROM x."local")::int - ${year}::int) * 12 + extract(month FROM x."local")::int - 1))`;
}
