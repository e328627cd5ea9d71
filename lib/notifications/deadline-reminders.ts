import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { clock } from "@/lib/clock";
import { evaluatorsSql, insertNotifications, unitTeamSql } from "@/lib/notifications/insert-notifications";

/**
 * Who still has work in each stage's window, and the statuses that mean they do: the unit
 * fills and sends its LKE, the TPI team reviews it, the unit revises it, the lead finalises it.
 */
const OPEN_WORK = [
  { stage: "SELF_ASSESSMENT", statuses: ["DRAFT"], who: unitTeamSql(["UNIT_MEMBER", "UNIT_HEAD"]), link: "lke", task: "mengisi dan mengirim LKE" },
  { stage: "REVIEW", statuses: ["SUBMITTED", "IN_REVIEW", "RESUBMITTED"], who: evaluatorsSql(), link: "evaluasi", task: "mengevaluasi LKE" },
  { stage: "REVISION", statuses: ["REVISION_REQUESTED"], who: unitTeamSql(["UNIT_MEMBER", "UNIT_HEAD"]), link: "lke", task: "memperbaiki dan mengirim ulang LKE" },
  { stage: "FINAL", statuses: ["SUBMITTED", "IN_REVIEW", "RESUBMITTED"], who: evaluatorsSql(true), link: "evaluasi", task: "memfinalisasi penilaian LKE" },
] as const;

const DAY = 86_400_000;
/** An overdue window is reminded of once, and only in the week after it closed. */
const OVERDUE_DAYS = 7;

/**
 * The "deadline-reminders" job (hourly, lib/jobs/worker.ts). For each open period's window in
 * one of three bands (closes within 3 days, within 1 day, closed up to a week ago) it notifies
 * each user with open work in it, once per band and closing time (the dedupe key), in one
 * statement over all agencies.
 */
export async function createDeadlineReminders(now = clock.now()) {
  const rows = Prisma.join(
    OPEN_WORK.map((work) => Prisma.sql`
      SELECT DISTINCT r."userId" AS user_id, 'DEADLINE' AS kind,
             CASE w.band WHEN 'overdue' THEN 'Tenggat terlewat: ' ELSE 'Tenggat mendekat: ' END || ${work.task} AS title,
             CASE w.band
               WHEN 'overdue' THEN 'Batas waktu ' || ${work.task} || ' untuk unit ' || u."name" || ' (' || p."name" || ') telah lewat. Segera selesaikan atau hubungi admin.'
               ELSE 'Batas waktu ' || ${work.task} || ' untuk unit ' || u."name" || ' (' || p."name" || ') tinggal ' || CASE w.band WHEN '1d' THEN '1 hari' ELSE '3 hari' END || '.'
             END AS body,
             ${`/${work.link}/`} || a."id" AS link,
             'DEADLINE:' || w."id" || ':' || (extract(epoch FROM w."closesAt")::bigint)::text || ':' || w.band || ':' || a."id" || ':' || r."userId" AS dedupe_key
      FROM (SELECT pw.*, CASE WHEN pw."closesAt" <= ${now} THEN 'overdue' WHEN pw."closesAt" <= ${new Date(now.getTime() + DAY)} THEN '1d' ELSE '3d' END AS band
            FROM "PeriodWindow" pw
            WHERE pw."stage" = ${work.stage}::"Stage" AND pw."opensAt" <= ${now}
              AND pw."closesAt" > ${new Date(now.getTime() - OVERDUE_DAYS * DAY)} AND pw."closesAt" <= ${new Date(now.getTime() + 3 * DAY)}) w
      JOIN "Period" p ON p."id" = w."periodId" AND p."status" = 'OPEN'
      JOIN "Assessment" a ON a."periodId" = p."id" AND a."status"::text IN (${Prisma.join(work.statuses)})
      JOIN "Unit" u ON u."id" = a."unitId"
      CROSS JOIN LATERAL (${work.who}) r`),
    " UNION ALL ",
  );
  return insertNotifications(prisma, rows);
}
