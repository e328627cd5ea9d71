import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TSessionUser } from "@/lib/auth/load-user";
import { hasRole } from "@/lib/auth/policy";
import { unitWhereVisibleTo } from "@/lib/auth/scope";
import { NotFoundError } from "@/lib/errors";

// Admin screens and their data answer every refusal with NotFoundError (a 404 page, a NOT_FOUND
// action result), never ForbiddenError: a non-admin, or an admin outside the agency, learns
// nothing about what exists there.

const HIDDEN = "Halaman atau data tidak ditemukan.";

/** Any ADMIN role, whatever its scope (catalogue screens). */
export function requireAdmin(user: TSessionUser): void {
  if (!hasRole(user, "ADMIN")) throw new NotFoundError(HIDDEN);
}

/** Units the user administers: only ADMIN scopes count, not a leader or member role elsewhere. */
export function unitWhereAdministeredBy(user: TSessionUser): Prisma.UnitWhereInput {
  return unitWhereVisibleTo({ ...user, roles: user.roles.filter((r) => r.role === "ADMIN") });
}

/**
 * Agencies whose periods the user manages: every unit of the agency must be in the admin's scope,
 * because a period (its name, catalogue and windows) applies to the whole agency. An installation
 * admin (ADMIN with no unit) manages every agency.
 */
export function agencyWhereManagedBy(user: TSessionUser): Prisma.AgencyWhereInput {
  const units = unitWhereAdministeredBy(user);
  if (Object.keys(units).length === 0) return {};
  return { units: { some: {}, every: units } };
}

export function periodWhereManagedBy(user: TSessionUser): Prisma.PeriodWhereInput {
  return { agency: agencyWhereManagedBy(user) };
}
