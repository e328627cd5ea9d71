import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TSessionUser } from "@/lib/auth/load-user";
import type { TUnitPermission } from "@/lib/auth/policy";
import type { WorkbookImportKind } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/errors";
import { assessmentRowSql, grantedSql, toAssessmentAccess, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { seal, type TProof } from "@/lib/access/seal";

/**
 * Proof that the user may see, apply or drop one workbook import preview: it is theirs (they
 * uploaded it), of the kind asked for, and they may still write what it imports on its assessment
 * (the unit's answers, or its rencana aksi).
 */
export type TWorkbookImportAccess = TProof<"workbookImport", { assessment: TAssessmentAccess; id: string; kind: WorkbookImportKind }>;

const PERMISSION = { ANSWERS: "answer.self.write", PLAN: "plan.write" } as const satisfies Record<WorkbookImportKind, TUnitPermission>;

/** Loads the preview with its assessment, the uploader and the permission in the query; else NotFoundError. */
export async function authorizeWorkbookImport(user: TSessionUser, importId: string, kind: WorkbookImportKind = "ANSWERS"): Promise<TWorkbookImportAccess> {
  const from = Prisma.sql`FROM "WorkbookImport" w JOIN "Assessment" a ON a."id" = w."assessmentId"
    JOIN "Unit" u ON u."id" = a."unitId" JOIN "Period" p ON p."id" = a."periodId"`;
  const rows = await prisma.$queryRaw<(Parameters<typeof toAssessmentAccess>[2] & { importId: string })[]>`
    ${assessmentRowSql(user, Prisma.sql`, w."id" AS "importId"`, from)}
    WHERE w."id" = ${importId} AND w."kind" = ${kind}::"WorkbookImportKind" AND w."createdById" = ${user.id} AND ${grantedSql(PERMISSION[kind])}`;
  const row = rows[0];
  // Someone else's preview, or one of an LKE the user may no longer write: as if it did not exist.
  if (!row) throw new NotFoundError("Pratinjau impor tidak ditemukan.");
  const { importId: id, ...assessment } = row;
  return seal("workbookImport", { assessment: toAssessmentAccess(user, PERMISSION[kind], assessment), id, kind });
}
