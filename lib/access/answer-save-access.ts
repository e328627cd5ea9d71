import "server-only";
import { sqlQuery } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Side } from "@/lib/generated/prisma/enums";
import type { TSessionUser } from "@/lib/auth/load-user";
import type { TUnitPermission } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { assessmentRowSql, grantedSql, toAssessmentAccess, type TAssessmentAccess } from "@/lib/access/assessment-access";
import type { TItemState } from "@/lib/assessments/load-item-state";
import type { Verdict } from "@/lib/generated/prisma/enums";

/** What a save read, with the stored score row's version (its xmin) for the guarded write. */
export type TSaveState = TItemState & { scoreRowVersion: string | null };

type TStateColumns = {
  answerId: string | null; answerItemId: string; optionKey: string | null; inputs: unknown; surveyIndex: { toNumber(): number } | null;
  narrative: string; value: string | null; answerVersion: number; updatedById: string; updatedAt: Date; carried: boolean; recheck: string[];
  updatedByName: string | null; verdict: Verdict | null; storedResult: unknown; scoreRowVersion: string | null;
};
type TRow = Parameters<typeof toAssessmentAccess>[2] & TStateColumns;

/**
 * A save's one read: the assessment proof (scope and permission in the query, as
 * authorizeAssessment) together with the item's answer, the TPI's verdict and the side's stored
 * score. Without a lock: the save's write is guarded instead (lib/assessments/write-save.ts).
 */
export async function authorizeAnswerSave(
  user: TSessionUser, assessmentId: string, permission: TUnitPermission, side: Side, itemId: string,
): Promise<{ access: TAssessmentAccess; state: TSaveState }> {
  const columns = Prisma.sql`, x."id" AS "answerId", x."itemId" AS "answerItemId", x."optionKey", x."inputs", x."surveyIndex", x."narrative",
    x."value", x."version" AS "answerVersion", x."updatedById", x."updatedAt", x."carried", x."recheck", xu."name" AS "updatedByName",
    v."verdict", s."result" AS "storedResult", s.xmin::text AS "scoreRowVersion"`;
  const from = Prisma.sql`FROM "Assessment" a JOIN "Unit" u ON u."id" = a."unitId" JOIN "Period" p ON p."id" = a."periodId"
    LEFT JOIN "Answer" x ON x."assessmentId" = a."id" AND x."side" = ${side}::"Side" AND x."itemId" = ${itemId}
    LEFT JOIN "User" xu ON xu."id" = x."updatedById"
    LEFT JOIN "ItemReview" v ON v."assessmentId" = a."id" AND v."itemId" = ${itemId}
    LEFT JOIN "AssessmentScore" s ON s."assessmentId" = a."id" AND s."side" = ${side}::"Side"`;
  const rows = await sqlQuery<TRow>(Prisma.sql`${assessmentRowSql(user, columns, from)} WHERE a."id" = ${assessmentId} AND ${grantedSql(permission)}`);
  const row = rows[0];
  if (!row) throw new NotFoundError("Penilaian tidak ditemukan.");
  const {
    answerId, answerItemId, optionKey, inputs, surveyIndex, narrative, value, answerVersion, updatedById, updatedAt, carried, recheck,
    updatedByName, verdict, storedResult, scoreRowVersion, ...assessment
  } = row;
  const answer = answerId === null ? null : {
    id: answerId, itemId: answerItemId, optionKey, inputs, surveyIndex, narrative, value, version: answerVersion,
    updatedById, updatedAt, carried, recheck, updatedBy: { name: updatedByName ?? "" },
  };
  return { access: toAssessmentAccess(user, permission, assessment), state: { answer, verdict, storedResult, scoreRowVersion } };
}
