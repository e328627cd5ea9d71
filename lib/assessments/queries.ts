import "server-only";
import { cache } from "react";
import { prisma, type TTransaction } from "@/lib/db";
import { can } from "@/lib/auth/policy";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { scopeAssessmentWhere, type TScopeAccess } from "@/lib/access/scope-access";
import { getCatalogue } from "@/lib/catalogue/queries";
import type { Side } from "@/lib/generated/prisma/enums";
import { clock } from "@/lib/clock";
import { selfWritableNow } from "@/lib/review/policy";
import { computeStoredScore, fromNumeric, GAINS_KEPT } from "@/lib/assessments/compute-stored-score";
import { expandRecord, isCurrentRecord } from "@/lib/assessments/stored-score-record";
import type { TStoredScore } from "@/lib/assessments/types";

/** The home page's cards (scope: assessment.read). Leaders over hundreds of units use the dashboard's paginated table. */
export async function listAssessments(scope: TScopeAccess<"assessment.read">) {
  const rows = await prisma.assessment.findMany({
    where: scopeAssessmentWhere(scope),
    orderBy: [{ period: { year: "desc" } }, { unit: { name: "asc" } }],
    take: 200,
    select: {
      id: true, status: true, answeredCount: true, itemCount: true, lastActivityAt: true,
      unit: { select: { name: true } },
      period: { select: { name: true, year: true } },
      scores: { where: { side: "SELF" }, select: { total: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    unitName: r.unit.name,
    periodName: r.period.name,
    year: r.period.year,
    answered: r.answeredCount,
    itemCount: r.itemCount,
    selfTotal: fromNumeric(r.scores[0]?.total) ?? "0",
    lastActivityAt: r.lastActivityAt,
  }));
}

/** The assessment header every LKE page shows. */
export const getAssessmentHeader = cache(async (access: TAssessmentAccess) => {
  const row = await prisma.assessment.findUniqueOrThrow({
    where: { id: access.id },
    select: {
      id: true, status: true, answeredCount: true, itemCount: true, lastActivityAt: true,
      unit: { select: { name: true, timeZone: true } },
      period: { select: { name: true, year: true, catalogueVersion: { select: { code: true, version: true } } } },
    },
  });
  return {
    ...row,
    statusVersion: access.statusVersion,
    revisionRound: access.revisionRound,
    catalogueVersionId: access.catalogueVersionId,
    /** The unit may write now (in revision: only the items sent back). */
    canEditSelf: can(access, "answer.self.write") && selfWritableNow(access, clock.now()),
    canSubmit: can(access, "assessment.submit"),
    isEvaluator: can(access, "review.write"),
    windows: access.windows,
  };
});

/** The stored score of one side; an assessment nobody has answered yet scores the empty LKE. */
export async function getStoredScore(access: TAssessmentAccess, side: Side, db: TTransaction | typeof prisma = prisma): Promise<TStoredScore> {
  const [row, loaded] = await Promise.all([
    db.assessmentScore.findUnique({ where: { assessmentId_side: { assessmentId: access.id, side } }, select: { result: true } }),
    getCatalogue(access.catalogueVersionId),
  ]);
  if (isCurrentRecord(row?.result)) return expandRecord(loaded.catalogue, row.result, GAINS_KEPT);
  // Rows stored before scores were exact are rebuilt by npm run migrate (unsafeRecomputeLegacyScores).
  if (row) console.warn(`[scores] ${access.id}/${side} holds a score from before exact scoring; run npm run scores:recompute`);
  return computeStoredScore(loaded.catalogue, new Map());
}
