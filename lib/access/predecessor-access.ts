import "server-only";
import type { TTransaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { assessmentRowSql, toAssessmentAccess, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { lineageUnitIdsSql } from "@/lib/units/lineage-sql";

/**
 * Read access to an earlier LKE of the unit or of a unit it carries on from (a merge, split or
 * replacement its agency's admin recorded), for carrying it forward: whoever may write this year's
 * LKE reads the predecessor's to copy from it, with the roles held on this year's.
 */
export async function authorizePredecessorAssessment(target: TAssessmentAccess, assessmentId: string, tx: TTransaction): Promise<TAssessmentAccess> {
  const rows = await tx.$queryRaw<Parameters<typeof toAssessmentAccess>[2][]>`
    ${assessmentRowSql(target.user, Prisma.empty, Prisma.sql`FROM "Assessment" a JOIN "Unit" u ON u."id" = a."unitId" JOIN "Period" p ON p."id" = a."periodId"`)}
    WHERE a."id" = ${assessmentId} AND p."agencyId" = ${target.agencyId} AND a."unitId" IN ${lineageUnitIdsSql(target.unitId)}`;
  const row = rows[0];
  if (!row) throw new NotFoundError("Penilaian tidak ditemukan.");
  return toAssessmentAccess(target.user, "assessment.read", { ...row, roles: [...target.roles] });
}
