import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { can } from "@/lib/auth/policy";
import { getCatalogue } from "@/lib/catalogue/queries";
import { clock } from "@/lib/clock";
import { NotFoundError } from "@/lib/errors";
import { loadAssessmentScope, assertAssessmentPermission } from "@/lib/assessments/access";
import { toAnswerDto } from "@/lib/assessments/answer-dto";
import { unsafeGetStoredScore } from "@/lib/assessments/queries";
import { fromNumeric } from "@/lib/assessments/compute-stored-score";
import { getSectionPage } from "@/lib/assessments/section-queries";
import { isLeadEvaluator, REVIEWABLE } from "@/lib/review/policy";
import { loadThreads } from "@/lib/review/thread";
import { windowState } from "@/lib/review/windows";

/** What an assigned evaluator needs to review one section; anyone else gets 404. */
export async function getReviewSection(user: TSessionUser, assessmentId: string, sectionCode: string) {
  const scope = await loadAssessmentScope(prisma, assessmentId);
  // Leaders and the unit may read the assessment, but this page is the evaluators' own.
  if (!scope || !can(user, "review.write", scope)) throw new NotFoundError("Penilaian tidak ditemukan.");
  const page = await getSectionPage(user, assessmentId, sectionCode);
  const itemIds = page.groups.flatMap((g) => g.items.map((i) => i.id));
  const [evaluatorAnswers, threads, evaluatorScore] = await Promise.all([
    prisma.answer.findMany({ where: { assessmentId, side: "EVALUATOR", itemId: { in: itemIds } }, include: { updatedBy: { select: { name: true } } } }),
    loadThreads(assessmentId, itemIds),
    unsafeGetStoredScore(assessmentId, "EVALUATOR", scope.catalogueVersionId),
  ]);
  const evaluatorByItem = new Map(evaluatorAnswers.map((a) => [a.itemId, toAnswerDto(a)]));
  const writable = REVIEWABLE.includes(scope.status) && windowState(scope.windows, "REVIEW", clock.now()) === "open";
  return {
    ...page,
    scope: { status: scope.status, statusVersion: scope.statusVersion, revisionRound: scope.revisionRound },
    evaluatorScore,
    canReview: writable,
    isLead: isLeadEvaluator(user, scope),
    reviewItems: itemIds.map((id) => ({
      id,
      evaluatorAnswer: evaluatorByItem.get(id) ?? null,
      review: threads.reviewByItem.get(id) ?? null,
      notes: threads.notesByItem.get(id) ?? [],
    })),
  };
}

/** Both score trees, for the side-by-side comparison (any reader of the assessment). */
export async function getScoreComparison(user: TSessionUser, assessmentId: string) {
  const scope = await loadAssessmentScope(prisma, assessmentId);
  assertAssessmentPermission(user, scope, "assessment.read");
  const [loaded, self, evaluator, flagged] = await Promise.all([
    getCatalogue(scope.catalogueVersionId),
    unsafeGetStoredScore(assessmentId, "SELF", scope.catalogueVersionId),
    unsafeGetStoredScore(assessmentId, "EVALUATOR", scope.catalogueVersionId),
    prisma.itemReview.count({ where: { assessmentId, verdict: "REVISION_REQUESTED" } }),
  ]);
  return { loaded, self, evaluator, flagged, scope, isLead: isLeadEvaluator(user, scope), isEvaluator: can(user, "review.write", scope) };
}
