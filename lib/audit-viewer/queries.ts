import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAgencyAccess } from "@/lib/access/period-access";
import { userInAgencyWhere } from "@/lib/access/user-access";
import type { TAuditFilters } from "@/lib/audit-viewer/schemas";

export const AUDIT_PAGE_SIZE = 100;

/** A day in WIB as an instant: the viewer's dates are the agency's calendar days. */
const wibDay = (day: string, plusDays = 0) => new Date(new Date(`${day}T00:00:00+07:00`).getTime() + plusDays * 86_400_000);

/**
 * The agency's audit trail: events on its units' LKE, and events by its users (accounts, periods).
 * Filters narrow it; nothing widens it past the agency of the proof.
 */
function auditWhere(agency: TAgencyAccess<"audit.read">, f: TAuditFilters): Prisma.AuditEventWhereInput {
  return {
    AND: [
      { OR: [{ assessment: { unit: { agencyId: agency.id } } }, { actor: userInAgencyWhere(agency.id) }] },
      f.unit ? { assessment: { unitId: f.unit } } : {},
      f.pengguna ? { actorId: f.pengguna } : {},
      f.jenis ? { action: { startsWith: f.jenis } } : {},
      f.dari ? { at: { gte: wibDay(f.dari) } } : {},
      f.sampai ? { at: { lt: wibDay(f.sampai, 1) } } : {},
    ],
  };
}

const EVENT_SELECT = {
  id: true, at: true, action: true, entityType: true, entityId: true, before: true, after: true,
  actor: { select: { name: true, email: true } },
  assessment: { select: { unit: { select: { name: true } }, period: { select: { name: true } } } },
} as const;

export async function listAuditEvents(agency: TAgencyAccess<"audit.read">, filters: TAuditFilters, all = false) {
  const page = filters.hal ?? 1;
  const [total, events] = await Promise.all([
    prisma.auditEvent.count({ where: auditWhere(agency, filters) }),
    prisma.auditEvent.findMany({
      where: auditWhere(agency, filters), orderBy: { id: "desc" }, select: EVENT_SELECT,
      take: all ? 100_000 : AUDIT_PAGE_SIZE, skip: all ? 0 : (page - 1) * AUDIT_PAGE_SIZE,
    }),
  ]);
  return {
    total,
    page,
    events: events.map((e) => ({
      id: e.id.toString(), at: e.at, action: e.action, entity: `${e.entityType} ${e.entityId}`,
      actor: e.actor ? `${e.actor.name} <${e.actor.email}>` : "Sistem",
      unit: e.assessment ? `${e.assessment.unit.name} · ${e.assessment.period.name}` : "",
      change: JSON.stringify({ before: e.before ?? undefined, after: e.after ?? undefined }),
    })),
  };
}
export type TAuditRow = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

/** The choices of the filter form: the agency's units and users, and the kinds of event recorded. */
export async function getAuditFilterOptions(agency: TAgencyAccess<"audit.read">) {
  const [units, users, kinds] = await Promise.all([
    prisma.unit.findMany({ where: { agencyId: agency.id }, orderBy: { path: "asc" }, select: { id: true, name: true } }),
    prisma.user.findMany({ where: userInAgencyWhere(agency.id), orderBy: { name: "asc" }, select: { id: true, name: true } }),
    // Kinds are names from the code ("user.create"), the same for every agency.
    prisma.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return { units, users, kinds: kinds.map((k) => k.action) };
}
