import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { dashboardUnitSql } from "@/lib/access/dashboard-access";
import { regionIdSql } from "@/lib/dashboard/scope-sql";
import { RISK_PROGRESS } from "@/lib/dashboard/risk-rule";

/**
 * One row per assessment of the period in the viewer's scope, with the stored counters and both
 * sides' stored totals: the `base` every dashboard query starts from. It reads Assessment,
 * Unit and AssessmentScore only (a few thousand rows at most), never the answers.
 *
 * The reference score ("nilai acuan") is the evaluator's where the TPI has scored, else the
 * unit's own: ranks, the heat map and the weakest indicators use it. Totals stay numeric (exact to
 * 20 decimals) for ranking and averaging; queries round what they show (shown-figure-sql.ts).
 */
export function scopedAssessmentsSql(context: TReadyContext): Prisma.Sql {
  return Prisma.sql`
    SELECT a."id" AS "assessmentId", a."unitId", u."name" AS "unitName", u."code" AS "unitCode",
           a."status"::text AS "status", a."answeredCount", a."evidencedCount", a."itemCount", a."lastActivityAt",
           ${regionIdSql()} AS "regionId",
           COALESCE(s."total", 0) AS "selfTotal", COALESCE(s."wbkMet", false) AS "selfWbk", COALESCE(s."wbbmMet", false) AS "selfWbbm",
           e."total" AS "evalTotal", e."wbkMet" AS "evalWbk", e."wbbmMet" AS "evalWbbm",
           (e."assessmentId" IS NOT NULL) AS "hasEval",
           COALESCE(e."total", s."total", 0) AS "refTotal",
           (CASE WHEN e."assessmentId" IS NOT NULL THEN 'EVALUATOR' ELSE 'SELF' END)::"Side" AS "refSide",
           s."computedAt" AS "selfComputedAt", e."computedAt" AS "evalComputedAt"
    FROM "Assessment" a
    JOIN "Unit" u ON u."id" = a."unitId" AND ${dashboardUnitSql(context.access)}
    LEFT JOIN "AssessmentScore" s ON s."assessmentId" = a."id" AND s."side" = 'SELF'::"Side"
    LEFT JOIN "AssessmentScore" e ON e."assessmentId" = a."id" AND e."side" = 'EVALUATOR'::"Side"
    WHERE a."periodId" = ${context.period.id}`;
}

/** The "deadline at risk" rule (lib/dashboard/risk-rule.ts) over a row of the base, aliased b. */
export function atRiskSql(context: TReadyContext): Prisma.Sql {
  switch (context.period.riskPhase) {
    case "closed":
      return Prisma.sql`(b."status" = 'DRAFT')`;
    case "closing":
      return Prisma.sql`(b."status" = 'DRAFT' AND b."answeredCount" < ${RISK_PROGRESS}::numeric * b."itemCount")`;
    default:
      return Prisma.sql`FALSE`;
  }
}
