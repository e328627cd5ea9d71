import "server-only";
import type { TTransaction } from "@/lib/db";
import { prisma } from "@/lib/db";
import { can, type TPermission } from "@/lib/auth/policy";
import type { TSessionUser } from "@/lib/auth/load-user";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import type { TWindow } from "@/lib/review/windows";

export type TAssessmentScope = {
  id: string;
  status: AssessmentStatus;
  statusVersion: number;
  revisionRound: number;
  unitId: string;
  unitPath: string;
  periodId: string;
  catalogueVersionId: string;
  evaluatorIds: string[];
  leadEvaluatorIds: string[];
  windows: TWindow[];
};

type TLockRow = Omit<TAssessmentScope, "evaluatorIds" | "leadEvaluatorIds" | "windows">;

/**
 * Loads what authorization needs. With `lock`, the assessment row is locked for the rest of
 * the transaction: writes to one assessment are serialised, so its stored score stays exact.
 */
export async function loadAssessmentScope(db: TTransaction | typeof prisma, assessmentId: string, lock = false): Promise<TAssessmentScope | null> {
  const rows = lock
    ? await db.$queryRaw<TLockRow[]>`
        SELECT a."id", a."status", a."statusVersion", a."revisionRound", a."unitId", u."path" AS "unitPath", a."periodId", p."catalogueVersionId"
        FROM "Assessment" a JOIN "Unit" u ON u."id" = a."unitId" JOIN "Period" p ON p."id" = a."periodId"
        WHERE a."id" = ${assessmentId} FOR UPDATE OF a`
    : await db.$queryRaw<TLockRow[]>`
        SELECT a."id", a."status", a."statusVersion", a."revisionRound", a."unitId", u."path" AS "unitPath", a."periodId", p."catalogueVersionId"
        FROM "Assessment" a JOIN "Unit" u ON u."id" = a."unitId" JOIN "Period" p ON p."id" = a."periodId"
        WHERE a."id" = ${assessmentId}`;
  const row = rows[0];
  if (!row) return null;
  const assignments = await db.evaluatorAssignment.findMany({ where: { assessmentId }, select: { userId: true, role: true } });
  const windows = await db.periodWindow.findMany({ where: { periodId: row.periodId }, select: { stage: true, opensAt: true, closesAt: true } });
  return {
    ...row,
    evaluatorIds: assignments.map((a) => a.userId),
    leadEvaluatorIds: assignments.filter((a) => a.role === "LEAD").map((a) => a.userId),
    windows,
  };
}

/** Fails closed: a user who may not even read the assessment learns nothing about it (404). */
export function assertAssessmentPermission(user: TSessionUser, scope: TAssessmentScope | null, permission: TPermission): asserts scope is TAssessmentScope {
  if (!scope) throw new NotFoundError("Penilaian tidak ditemukan.");
  if (can(user, permission, scope)) return;
  if (!can(user, "assessment.read", scope)) throw new NotFoundError("Penilaian tidak ditemukan.");
  throw new ForbiddenError();
}

export async function requireAssessment(user: TSessionUser, assessmentId: string, permission: TPermission = "assessment.read") {
  const scope = await loadAssessmentScope(prisma, assessmentId);
  assertAssessmentPermission(user, scope, permission);
  return scope;
}
