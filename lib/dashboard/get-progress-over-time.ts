import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { scopedAssessmentsSql } from "@/lib/dashboard/scoped-assessments-sql";
import { dashboardUnitSql } from "@/lib/access/dashboard-access";
import { jakartaDays } from "@/lib/dashboard/jakarta-day";

/** Answered items across the scope at the end of each day, and the saves made that day. */
export type TProgressPoint = { day: string; answered: number; share: number; saves: number };
export type TProgressOverTime = { points: TProgressPoint[]; itemTotal: number; answeredNow: number };

type TDayCount = { firsts: number; saves: number };
type TTally = { seenUpTo: number; recent: Set<number>; days: Map<string, TDayCount> };

// The audit table grows with every save, so the per-day counts are kept per period and scope
// and each request reads only the events added since (a range of the audit table's primary key,
// whatever its size). An id is taken when its transaction inserts, so a slow transaction can
// commit after a later one: the last MARGIN ids are read again and the ones already counted are
// skipped. Per process, bounded; immutable history, so safe with several instances.
const MARGIN = 1000;
const LIMIT = 200;
const tallies = ((globalThis as { __dashboardProgress?: Map<string, TTally> }).__dashboardProgress ??= new Map());

const DAY_SQL = Prisma.sql`to_char((e."at" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD')`;
const FIRST_SQL = Prisma.sql`(e."before" IS NULL OR e."before" = 'null'::jsonb)`;
const since = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/** answer.save events of the period's assessments in scope, from the period's start. */
function eventsInScope(context: TReadyContext): Prisma.Sql {
  return Prisma.sql`
    FROM "AuditEvent" e
    JOIN "Assessment" a ON a."id" = e."assessmentId" AND a."periodId" = ${context.period.id}
    JOIN "Unit" u ON u."id" = a."unitId" AND ${dashboardUnitSql(context.access)}
    WHERE e."action" = 'answer.save' AND e."at" >= ${since(context.period.startsAt)}`;
}

async function fullTally(context: TReadyContext, upTo: number): Promise<TTally> {
  const [days, recent] = await Promise.all([
    prisma.$queryRaw<({ day: string } & TDayCount)[]>`
      SELECT ${DAY_SQL} AS day, count(*) FILTER (WHERE ${FIRST_SQL})::int AS firsts, count(*)::int AS saves
      ${eventsInScope(context)} AND e."id" <= ${upTo}
      GROUP BY 1`,
    prisma.$queryRaw<{ id: bigint }[]>`SELECT e."id" ${eventsInScope(context)} AND e."id" > ${upTo - MARGIN} AND e."id" <= ${upTo}`,
  ]);
  return { seenUpTo: upTo, recent: new Set(recent.map((r) => Number(r.id))), days: new Map(days.map((d) => [d.day, { firsts: d.firsts, saves: d.saves }])) };
}

async function addNewEvents(context: TReadyContext, known: TTally, upTo: number): Promise<TTally> {
  const rows = await prisma.$queryRaw<{ id: bigint; day: string; first: boolean }[]>`
    SELECT e."id", ${DAY_SQL} AS day, ${FIRST_SQL} AS first
    ${eventsInScope(context)} AND e."id" > ${known.seenUpTo - MARGIN} AND e."id" <= ${upTo}`;
  const days = new Map(known.days);
  const recent = new Set([...known.recent].filter((id) => id > upTo - MARGIN));
  for (const row of rows) {
    const id = Number(row.id);
    if (recent.has(id)) continue;
    recent.add(id);
    const day = days.get(row.day) ?? { firsts: 0, saves: 0 };
    days.set(row.day, { firsts: day.firsts + (row.first ? 1 : 0), saves: day.saves + 1 });
  }
  return { seenUpTo: Math.max(known.seenUpTo, upTo), recent, days };
}

/**
 * Progress over time within the period: today's answered count (the stored counters) walked back
 * day by day through the first-time answer.save events of each day. Answers loaded without an
 * audit trail (imports, carried forward) count as present from the start.
 */
export const getProgressOverTime = cache(async (context: TReadyContext): Promise<TProgressOverTime> => {
  const { period, access, now } = context;
  const key = `${period.id}|${access.key}|${period.startsAt.toISOString()}`;
  const [totals, [latest]] = await Promise.all([
    prisma.$queryRaw<{ answered: number; items: number }[]>`
      WITH base AS (${scopedAssessmentsSql(context)})
      SELECT COALESCE(sum(b."answeredCount"), 0)::int AS answered, COALESCE(sum(b."itemCount"), 0)::int AS items FROM base b`,
    prisma.$queryRaw<{ id: bigint | null }[]>`SELECT max("id") AS id FROM "AuditEvent"`,
  ]);
  const upTo = Number(latest?.id ?? 0);
  const known = tallies.get(key);
  const tally = known ? await addNewEvents(context, known, upTo) : await fullTally(context, upTo);
  tallies.delete(key);
  tallies.set(key, tally);
  if (tallies.size > LIMIT) tallies.delete(tallies.keys().next().value!);

  const answeredNow = totals[0]?.answered ?? 0;
  const itemTotal = totals[0]?.items ?? 0;
  const end = period.endsAt && period.endsAt < now ? period.endsAt : now;
  if (end < period.startsAt) return { points: [], itemTotal, answeredNow };
  // Walk back from now: at the end of day d, the answers first given on later days were not there yet.
  const later = [...tally.days].sort(([a], [b]) => (a < b ? 1 : -1));
  const points: TProgressPoint[] = [];
  let answered = answeredNow;
  let index = 0;
  for (const day of jakartaDays(period.startsAt, end).reverse()) {
    while (index < later.length && later[index]![0] > day) answered -= later[index++]![1].firsts;
    points.push({ day, answered, share: itemTotal ? answered / itemTotal : 0, saves: tally.days.get(day)?.saves ?? 0 });
  }
  return { points: points.reverse(), itemTotal, answeredNow };
});
