import "server-only";
import type { TTransaction } from "@/lib/db";
import { prisma } from "@/lib/db";
import { can, type TPermission } from "@/lib/auth/policy";
import type { TSessionUser } from "@/lib/auth/load-user";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
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

type TScopeRow = Omit<TAssessmentScope, "evaluatorIds" | "leadEvaluatorIds" | "windows"> & {
  assignments: { userId: string; role: "LEAD" | "MEMBER" }[];
  windows: { stage: TWindow["stage"]; opensAt: number; closesAt: number }[];
};

/**
 * Loads what authorization needs, in one query (a save runs it on every keystroke pause). With
 * `lock`, the assessment row is locked for the rest of the transaction: writes to one assessment
 * are serialised, so its stored score stays exact.
 */
export async function loadAssessmentScope(db: TTransaction | typeof prisma, assessmentId: string, lock = false): Promise<TAssessmentScope | null> {
  const rows = await db.$queryRaw<TScopeRow[]>`
    SELECT a."id", a."status", a."statusVersion", a."revisionRound", a."unitId", u."path" AS "unitPath", a."periodId", p."catalogueVersionId",
      COALESCE((SELECT json_agg(json_build_object('userId', ea."userId", 'role', ea."role"))
                FROM "EvaluatorAssignment" ea WHERE ea."assessmentId" = a."id"), '[]') AS "assignments",
      -- Epoch milliseconds: timestamps without time zone hold UTC.
      COALESCE((SELECT json_agg(json_build_object('stage', w."stage",
                  'opensAt', extract(epoch FROM w."opensAt") * 1000, 'closesAt', extract(epoch FROM w."closesAt") * 1000))
                FROM "PeriodWindow" w WHERE w."periodId" = a."periodId"), '[]') AS "windows"
    FROM "Assessment" a JOIN "Unit" u ON u."id" = a."unitId" JOIN "Period" p ON p."id" = a."periodId"
    WHERE a."id" = ${assessmentId}
    ${lock ? Prisma.sql`FOR UPDATE OF a` : Prisma.empty}`;
  const row = rows[0];
  if (!row) return null;
  const { assignments, windows, ...scope } = row;
  return {
    ...scope,
    evaluatorIds: assignments.map((a) => a.userId),
    leadEvaluatorIds: assignments.filter((a) => a.role === "LEAD").map((a) => a.userId),
    windows: windows.map((w) => ({ stage: w.stage, opensAt: new Date(w.opensAt), closesAt: new Date(w.closesAt) })),
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
