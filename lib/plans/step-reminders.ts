import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { clock } from "@/lib/clock";
import { insertNotifications } from "@/lib/notifications/insert-notifications";
import { MONTH_LONG } from "@/lib/plans/plan-calendar";

/** How many step descriptions a reminder names; the link opens all of them. */
const NAMED_STEPS = 5;

/**
 * The "plan-step-reminders" job (daily, lib/jobs/worker.ts). Each person in charge of langkah
 * aksi planned for the current month and not yet realised gets one notification per plan and
 * month (the dedupe key), in-app and by email unless they turned this kind off. "This month" is
 * the month in the unit's own time zone; only open periods of that year count, and only people
 * still active in the unit. Running it again in the same month reminds nobody twice.
 */
export async function createPlanStepReminders(now = clock.now()) {
  const months = Prisma.sql`ARRAY[${Prisma.join([...MONTH_LONG])}]::text[]`;
  const rows = Prisma.sql`
    SELECT s."personInChargeId" AS user_id, 'PLAN_STEP_DUE' AS kind,
           'Langkah aksi bulan ' || (${months})[local.m] || ': ' || count(*) || ' belum terealisasi' AS title,
           'Anda penanggung jawab ' || count(*) || ' langkah aksi rencana aksi unit ' || u."name" || ' (' || p."name" || ') yang direncanakan bulan '
             || (${months})[local.m] || ' ' || local.y || ' dan belum direalisasi: '
             || array_to_string((array_agg(s."description" ORDER BY s."position", s."id"))[1:${NAMED_STEPS}], '; ')
             || CASE WHEN count(*) > ${NAMED_STEPS} THEN '; dan lainnya.' ELSE '.' END AS body,
           '/lke/' || a."id" || '/rencana-aksi?pj=' || s."personInChargeId" AS link,
           'PLAN_STEP_DUE:' || a."id" || ':' || s."personInChargeId" || ':' || local.y || '-' || local.m AS dedupe_key
    FROM "ActionPlanStep" s
    JOIN "ActionPlan" pl ON pl."id" = s."planId"
    JOIN "Assessment" a ON a."id" = pl."assessmentId"
    JOIN "Period" p ON p."id" = a."periodId" AND p."status" = 'OPEN'
    JOIN "Unit" u ON u."id" = a."unitId"
    CROSS JOIN LATERAL (
      SELECT extract(year FROM ${now}::timestamptz AT TIME ZONE u."timeZone")::int AS y,
             extract(month FROM ${now}::timestamptz AT TIME ZONE u."timeZone")::int AS m) local
    JOIN "User" us ON us."id" = s."personInChargeId" AND us."active"
    WHERE p."year" = local.y AND local.m = ANY(s."plannedMonths")
      AND NOT EXISTS (SELECT 1 FROM "ActionPlanRealisation" r WHERE r."stepId" = s."id" AND r."month" = local.m)
      AND EXISTS (SELECT 1 FROM "RoleAssignment" ra WHERE ra."userId" = s."personInChargeId" AND ra."unitId" = a."unitId"
                  AND ra."role" IN ('UNIT_MEMBER', 'UNIT_HEAD'))
    GROUP BY s."personInChargeId", a."id", u."name", p."name", local.y, local.m`;
  return insertNotifications(prisma, rows);
}
