import "server-only";
import { cache } from "react";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { can } from "@/lib/auth/policy";
import { assessmentWhereVisibleTo } from "@/lib/auth/scope";
import { getCatalogue } from "@/lib/catalogue/queries";
import { NotFoundError } from "@/lib/errors";
import type { Side } from "@/lib/generated/prisma/enums";
import { requireAssessment } from "@/lib/assessments/access";
import { clock } from "@/lib/clock";
import { selfWritableNow } from "@/lib/review/policy";
import { computeStoredScore, fromNumeric, GAINS_KEPT } from "@/lib/assessments/compute-stored-score";
import { expandRecord, isCurrentRecord } from "@/lib/assessments/stored-score-record";
import type { TStoredScore } from "@/lib/assessments/types";

/** The home page's cards. Leaders over hundreds of units use the dashboard's paginated table. */
export async function listAssessmentsForUser(user: TSessionUser) {
  const rows = await prisma.assessment.findMany({
    where: assessmentWhereVisibleTo(user),
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

/** The assessment header every LKE page shows, after the access check. */
export const getAssessmentHeader = cache(async (user: TSessionUser, assessmentId: string) => {
  const scope = await requireAssessment(user, assessmentId);
  const row = await prisma.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      id: true, status: true, answeredCount: true, itemCount: true, lastActivityAt: true,
      unit: { select: { name: true, timeZone: true } },
      period: { select: { name: true, year: true, catalogueVersion: { select: { code: true, version: true } } } },
    },
  });
  if (!row) throw new NotFoundError("Penilaian tidak ditemukan.");
  return {
    ...row,
    statusVersion: scope.statusVersion,
    revisionRound: scope.revisionRound,
    catalogueVersionId: scope.catalogueVersionId,
    /** The unit may write now (in revision: only the items sent back). */
    canEditSelf: can(user, "answer.self.write", scope) && selfWritableNow(scope, clock.now()),
    canSubmit: can(user, "assessment.submit", scope),
    isEvaluator: can(user, "review.write", scope),
    windows: scope.windows,
  };
});

/**
 * The stored score; an assessment nobody has answered yet scores the empty LKE.
 * Unsafe: no access check. Call it only after the caller checked access to the assessment.
 */
export async function unsafeGetStoredScore(
  assessmentId: string,
  side: Side,
  catalogueVersionId: string,
  db: TTransaction | typeof prisma = prisma,
): Promise<TStoredScore> {
  const [row, loaded] = await Promise.all([
    db.assessmentScore.findUnique({ where: { assessmentId_side: { assessmentId, side } }, select: { result: true } }),
    getCatalogue(catalogueVersionId),
  ]);
  if (isCurrentRecord(row?.result)) return expandRecord(loaded.catalogue, row.result, GAINS_KEPT);
  // Rows stored before scores were exact are rebuilt by npm run migrate (recomputeLegacyScores).
  if (row) console.warn(`[scores] ${assessmentId}/${side} holds a score from before exact scoring; run npm run scores:recompute`);
  return computeStoredScore(loaded.catalogue, new Map());
}
