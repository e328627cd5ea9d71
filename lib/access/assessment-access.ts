import "server-only";
import { cache } from "react";
import { prisma, type TTransaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AssessmentStatus, PeriodStatus, Stage } from "@/lib/generated/prisma/enums";
import type { TSessionUser } from "@/lib/auth/load-user";
import { can, rolesFor, type TAccessRole, type TUnitPermission } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { grantsOf } from "@/lib/access/grants";
import { heldRolesSql, rolesArraySql } from "@/lib/access/grant-sql";
import { seal, type TProof } from "@/lib/access/seal";
import type { TWindow } from "@/lib/review/windows";

type TAssessmentFields = {
  user: TSessionUser;
  /** The permission it was loaded for; `roles` may grant more (see can() in lib/auth/policy.ts). */
  permission: TUnitPermission;
  /** What the user is on this assessment: its unit's member, head, leader, admin, (lead) evaluator. */
  roles: ReadonlySet<TAccessRole>;
  id: string;
  status: AssessmentStatus;
  statusVersion: number;
  revisionRound: number;
  unitId: string;
  unitPath: string;
  periodId: string;
  /** A CLOSED or ARCHIVED period is read-only (lib/periods/policy.ts assertPeriodOpenForWork). */
  periodStatus: PeriodStatus;
  agencyId: string;
  catalogueVersionId: string;
  evaluatorIds: readonly string[];
  leadEvaluatorIds: readonly string[];
  windows: readonly TWindow[];
};

/**
 * Proof that `user` may act on one assessment (and its answers, notes, reviews, evidence, LHE)
 * with `permission`. Every query and mutation on an assessment takes one, never a bare id.
 * A snapshot of the row as authorised: a status changed later in the transaction is not in it.
 */
export type TAssessmentAccess = TProof<"assessment", TAssessmentFields>;

export type TAuthorizeOptions = { tx: TTransaction; lock: true } | { tx?: TTransaction; lock?: false };

type TRow = Omit<TAssessmentFields, "user" | "permission" | "roles" | "evaluatorIds" | "leadEvaluatorIds" | "windows"> & {
  roles: TAccessRole[];
  team: { userId: string; role: "LEAD" | "MEMBER" }[];
  windows: { stage: Stage; opensAt: number; closesAt: number }[];
};

/**
 * The assessment's columns, its TPI team, its period's windows and the roles the user holds on it,
 * over `FROM <from>` where "Assessment" is a, its "Unit" u and its "Period" p. One round trip.
 */
export function assessmentRowSql(user: TSessionUser, extraColumns: Prisma.Sql, from: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT a."id", a."status"::text AS "status", a."statusVersion", a."revisionRound", a."unitId", u."path" AS "unitPath",
           a."periodId", p."status"::text AS "periodStatus", p."agencyId", p."catalogueVersionId", r."roles",
           COALESCE((SELECT json_agg(json_build_object('userId', t."userId", 'role', t."role")) FROM "EvaluatorAssignment" t
                     WHERE t."assessmentId" = a."id"), '[]') AS "team",
           COALESCE((SELECT json_agg(json_build_object('stage', w."stage", 'opensAt', extract(epoch FROM w."opensAt") * 1000,
                                                       'closesAt', extract(epoch FROM w."closesAt") * 1000))
                     FROM "PeriodWindow" w WHERE w."periodId" = a."periodId"), '[]') AS "windows"
           ${extraColumns}
    ${from}
    CROSS JOIN LATERAL (SELECT ${heldRolesSql(grantsOf(user))} AS "roles") r`;
}

/** Only rows on which the user holds a role that grants the permission. */
export function grantedSql(permission: TUnitPermission): Prisma.Sql {
  return Prisma.sql`r."roles" && ${rolesArraySql(rolesFor(permission))}`;
}

export function toAssessmentAccess(user: TSessionUser, permission: TUnitPermission, row: TRow): TAssessmentAccess {
  const { team, windows, roles, ...fields } = row;
  return seal("assessment", {
    ...fields,
    user,
    permission,
    roles: new Set(roles),
    evaluatorIds: team.map((t) => t.userId),
    leadEvaluatorIds: team.filter((t) => t.role === "LEAD").map((t) => t.userId),
    windows: windows.map((w) => ({ stage: w.stage, opensAt: new Date(w.opensAt), closesAt: new Date(w.closesAt) })),
  });
}

async function load(db: TTransaction | typeof prisma, user: TSessionUser, assessmentId: string, permission: TUnitPermission, lock: boolean) {
  const rows = await db.$queryRaw<TRow[]>`
    ${assessmentRowSql(user, Prisma.empty, Prisma.sql`FROM "Assessment" a JOIN "Unit" u ON u."id" = a."unitId" JOIN "Period" p ON p."id" = a."periodId"`)}
    WHERE a."id" = ${assessmentId} AND ${grantedSql(permission)}
    ${lock ? Prisma.sql`FOR UPDATE OF a` : Prisma.empty}`;
  const row = rows[0];
  // Missing, outside the user's scope, or not theirs to do this on: all alike, nothing is revealed.
  if (!row) throw new NotFoundError("Penilaian tidak ditemukan.");
  return toAssessmentAccess(user, permission, row);
}

const loadOnce = cache((user: TSessionUser, assessmentId: string, permission: TUnitPermission) => load(prisma, user, assessmentId, permission, false));

/**
 * The one way to an assessment: loads it with the user's scope and the permission in the query
 * (one round trip) and returns the proof, or NotFoundError. With `lock` (inside a transaction) the
 * row stays locked until it ends: writes to one assessment are serialised, so its stored score
 * stays exact under concurrent saves.
 */
export async function authorizeAssessment(
  user: TSessionUser, assessmentId: string, permission: TUnitPermission, options: TAuthorizeOptions = {},
): Promise<TAssessmentAccess> {
  if (!options.tx) return loadOnce(user, assessmentId, permission);
  return load(options.tx, user, assessmentId, permission, options.lock === true);
}

/**
 * For data only some readers of an assessment may see (the evaluators' review pages): the proof
 * must grant `permission` too, else NotFoundError like any record the user may not see.
 */
export function assertCan(access: TAssessmentAccess, permission: TUnitPermission): void {
  if (!can(access, permission)) throw new NotFoundError("Penilaian tidak ditemukan.");
}
