import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TSessionUser } from "@/lib/auth/load-user";
import type { TPermission } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { grantsFor, type TGrant } from "@/lib/access/grants";
import { agencyWhere, assessmentWhere, unitWhere } from "@/lib/access/grant-where";
import { seal, type TProof } from "@/lib/access/seal";

/**
 * Proof for a list: where `user` holds `permission` (the home page's assessments, the review
 * queue, the assignment board, the periods an admin manages). Lists filter with the where
 * builders below, and only with them.
 */
export type TScopeAccess<P extends TPermission = TPermission> = TProof<"scope", { user: TSessionUser; permission: P; grants: readonly TGrant[] }>;

/** NotFoundError when the user holds the permission nowhere: the page is not theirs. */
export function authorizeScope<P extends TPermission>(user: TSessionUser, permission: P): TScopeAccess<P> {
  const grants = grantsFor(user, permission);
  if (grants.length === 0) throw new NotFoundError("Halaman tidak ditemukan.");
  return seal("scope", { user, permission, grants });
}

export function scopeAssessmentWhere(scope: TScopeAccess): Prisma.AssessmentWhereInput {
  return assessmentWhere(scope.grants);
}

export function scopeUnitWhere(scope: TScopeAccess): Prisma.UnitWhereInput {
  return unitWhere(scope.grants);
}

/** Agencies wholly in the scope (every one of their units). */
export function scopeAgencyWhere(scope: TScopeAccess): Prisma.AgencyWhereInput {
  return agencyWhere(scope.grants);
}

/** Whether the scope reaches the whole installation (an admin without a unit). */
export function reachesInstallation(scope: TScopeAccess): boolean {
  return scope.grants.some((g) => g.reach === "installation");
}
