import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { clock } from "@/lib/clock";
import type { TPeriodAccess } from "@/lib/access/period-access";
import { scopeAgencyWhere, type TScopeAccess } from "@/lib/access/scope-access";
import { STAGES } from "@/lib/periods/labels";
import { fromNumeric } from "@/lib/assessments/compute-stored-score";
import { periodPhase } from "@/lib/periods/period-phase";

const WINDOW_FIELDS = { stage: true, opensAt: true, closesAt: true } as const;

function sortWindows<T extends { stage: (typeof STAGES)[number] }>(windows: T[]): T[] {
  return [...windows].sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
}

/** Periods of the agencies the admin manages, newest year first; archived ones only when asked for. */
export const listPeriods = cache(async (scope: TScopeAccess<"period.manage">, archived = false) => {
  const rows = await prisma.period.findMany({
    where: { agency: scopeAgencyWhere(scope), status: archived ? "ARCHIVED" : { not: "ARCHIVED" } },
    orderBy: [{ year: "desc" }, { name: "asc" }],
    select: {
      id: true, year: true, name: true, status: true,
      agency: { select: { name: true } },
      catalogueVersion: { select: { code: true, version: true } },
      windows: { select: WINDOW_FIELDS },
      _count: { select: { assessments: true } },
    },
  });
  const now = clock.now();
  return rows.map(({ _count, windows, ...row }) => ({
    ...row, unitCount: _count.assessments, windows: sortWindows(windows), phase: periodPhase(row.status, windows, now),
  }));
});

export type TPeriodListRow = Awaited<ReturnType<typeof listPeriods>>[number];

/** One period with its participating units' progress and stored self-assessment score. */
export const getPeriodDetail = cache(async (access: TPeriodAccess) => {
  const period = await prisma.period.findUniqueOrThrow({
    where: { id: access.id },
    select: {
      id: true, year: true, name: true, status: true, agencyId: true, createdAt: true,
      agency: { select: { name: true } },
      catalogueVersion: { select: { id: true, code: true, version: true, title: true, itemCount: true } },
      windows: { select: WINDOW_FIELDS },
      assessments: {
        orderBy: { unit: { path: "asc" } },
        select: {
          id: true, status: true, answeredCount: true, itemCount: true,
          unit: { select: { id: true, name: true, code: true, level: true } },
          scores: { where: { side: "SELF" }, select: { total: true } },
        },
      },
    },
  });
  const { assessments, windows, ...rest } = period;
  return {
    ...rest,
    windows: sortWindows(windows),
    phase: periodPhase(rest.status, windows, clock.now()),
    assessments: assessments.map((a) => ({
      id: a.id,
      status: a.status,
      unit: a.unit,
      answered: a.answeredCount,
      itemCount: a.itemCount,
      selfTotal: fromNumeric(a.scores[0]?.total),
    })),
  };
});

export type TPeriodDetail = Awaited<ReturnType<typeof getPeriodDetail>>;
