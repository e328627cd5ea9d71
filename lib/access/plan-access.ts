import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TSessionUser } from "@/lib/auth/load-user";
import type { TUnitPermission } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { assessmentRowSql, grantedSql, toAssessmentAccess, type TAssessmentAccess, type TAuthorizeOptions } from "@/lib/access/assessment-access";
import { seal, type TProof } from "@/lib/access/seal";

// A rencana aksi belongs to one assessment (a unit and a period): its steps and files are scoped by
// that assessment's proof, loaded from the step or file itself, never from the client.

type TStepRow = { id: string; planId: string; nodeId: string; version: number };

/** Proof that the user may read or change one plan step: its assessment's proof and the step. */
export type TPlanStepAccess = TProof<"planStep", { assessment: TAssessmentAccess; step: TStepRow }>;

/** Proof that the user may read one file a plan step produced. */
export type TPlanFileAccess = TProof<"planFile", { assessment: TAssessmentAccess; file: { id: string; stepId: string; blobId: string; fileName: string } }>;

type TRow = Parameters<typeof toAssessmentAccess>[2];

const PLAN_FROM = Prisma.sql`FROM "ActionPlanStep" s JOIN "ActionPlan" pl ON pl."id" = s."planId" JOIN "Assessment" a ON a."id" = pl."assessmentId"
  JOIN "Unit" u ON u."id" = a."unitId" JOIN "Period" p ON p."id" = a."periodId"`;

/** A step with its assessment, the user's scope and the permission in one query; `lock` locks the assessment. */
export async function authorizePlanStep(
  user: TSessionUser, stepId: string, permission: TUnitPermission, options: TAuthorizeOptions = {},
): Promise<TPlanStepAccess> {
  const columns = Prisma.sql`, s."id" AS "stepId", s."planId", s."nodeId", s."version" AS "stepVersion"`;
  const rows = await (options.tx ?? prisma).$queryRaw<(TRow & { stepId: string; planId: string; nodeId: string; stepVersion: number })[]>`
    ${assessmentRowSql(user, columns, PLAN_FROM)}
    WHERE s."id" = ${stepId} AND ${grantedSql(permission)}
    ${options.lock ? Prisma.sql`FOR UPDATE OF a` : Prisma.empty}`;
  const row = rows[0];
  if (!row) throw new NotFoundError("Langkah aksi tidak ditemukan.");
  const { stepId: id, planId, nodeId, stepVersion, ...assessment } = row;
  return seal("planStep", { assessment: toAssessmentAccess(user, permission, assessment), step: { id, planId, nodeId, version: stepVersion } });
}

/** A file of a plan step, for those who may read the step's assessment with `permission`. */
export async function authorizePlanFile(
  user: TSessionUser, fileId: string, permission: TUnitPermission, options: TAuthorizeOptions = {},
): Promise<TPlanFileAccess> {
  const columns = Prisma.sql`, f."id" AS "fileId", f."stepId", f."blobId", f."fileName"`;
  const from = Prisma.sql`FROM "ActionPlanFile" f JOIN "ActionPlanStep" s ON s."id" = f."stepId" JOIN "ActionPlan" pl ON pl."id" = s."planId"
    JOIN "Assessment" a ON a."id" = pl."assessmentId" JOIN "Unit" u ON u."id" = a."unitId" JOIN "Period" p ON p."id" = a."periodId"`;
  const rows = await (options.tx ?? prisma).$queryRaw<(TRow & { fileId: string; stepId: string; blobId: string; fileName: string })[]>`
    ${assessmentRowSql(user, columns, from)}
    WHERE f."id" = ${fileId} AND ${grantedSql(permission)}
    ${options.lock ? Prisma.sql`FOR UPDATE OF a` : Prisma.empty}`;
  const row = rows[0];
  if (!row) throw new NotFoundError("Berkas rencana aksi tidak ditemukan.");
  const { fileId: id, stepId, blobId, fileName, ...assessment } = row;
  return seal("planFile", { assessment: toAssessmentAccess(user, permission, assessment), file: { id, stepId, blobId, fileName } });
}
