import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { dashboardUnitWhere, type TDashboardAccess } from "@/lib/access/dashboard-access";
import { riskPhase, type TRiskPhase } from "@/lib/dashboard/risk-rule";
import { defaultPeriodId, isUpcoming, periodSpan } from "@/lib/dashboard/default-period";

/** `upcoming`: its first window opens after today (the picker says so). */
export type TPeriodOption = { id: string; year: number; name: string; agencyName: string; upcoming: boolean };

export type TDashboardPeriod = TPeriodOption & {
  agencyId: string;
  catalogueVersionId: string;
  selfWindow: { opensAt: Date; closesAt: Date } | null;
  /** From the first window's opening (or the period's creation) to the last window's closing. */
  startsAt: Date;
  endsAt: Date | null;
  riskPhase: TRiskPhase;
};

/**
 * What every dashboard query runs against: the access proof (the viewer's subtrees) and one period
 * with a unit in them. Only this function makes one.
 */
export type TDashboardContext = {
  access: TDashboardAccess;
  periods: TPeriodOption[];
  period: TDashboardPeriod | null;
  now: Date;
};
export type TReadyContext = TDashboardContext & { period: TDashboardPeriod };

/**
 * The chosen period (`?periode=`), by default the period with a unit in scope
 * that runs today, else the one that ended last (lib/dashboard/default-period.ts). A period outside
 * the scope is answered like one that does not exist.
 */
export const getDashboardContext = cache(async (access: TDashboardAccess, periodId?: string, now: Date = new Date()): Promise<TDashboardContext> => {
  const rows = await prisma.period.findMany({
    // The LKE dashboard: PEKPPP periods have their own page (/dasbor/pekppp).
    where: { assessments: { some: { unit: dashboardUnitWhere(access) } }, catalogueVersion: { instrument: "LKE_ZI" } },
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
    select: {
      id: true, year: true, name: true, agencyId: true, catalogueVersionId: true, createdAt: true,
      agency: { select: { name: true } },
      windows: { select: { stage: true, opensAt: true, closesAt: true } },
    },
  });
  const spans = new Map(rows.map((p) => [p.id, periodSpan(p)]));
  const periods = rows.map((p) => ({ id: p.id, year: p.year, name: p.name, agencyName: p.agency.name, upcoming: isUpcoming(spans.get(p.id)!, now) }));
  const wanted = periodId ?? defaultPeriodId([...spans.values()], now);
  const chosen = rows.find((p) => p.id === wanted);
  if (periodId && !chosen) throw new NotFoundError("Periode tidak ditemukan.");
  if (!chosen) return { access, periods, period: null, now };

  const self = chosen.windows.find((w) => w.stage === "SELF_ASSESSMENT");
  const selfWindow = self ? { opensAt: self.opensAt, closesAt: self.closesAt } : null;
  const span = spans.get(chosen.id)!;
  const period: TDashboardPeriod = {
    id: chosen.id,
    year: chosen.year,
    name: chosen.name,
    agencyName: chosen.agency.name,
    upcoming: isUpcoming(span, now),
    agencyId: chosen.agencyId,
    catalogueVersionId: chosen.catalogueVersionId,
    selfWindow,
    startsAt: span.startsAt,
    endsAt: span.endsAt,
    riskPhase: riskPhase(selfWindow, now),
  };
  return { access, periods, period, now };
});

export function isReady(context: TDashboardContext): context is TReadyContext {
  return context.period !== null;
}
