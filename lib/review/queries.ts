import "server-only";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/policy";
import { assertCan, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { getCatalogue } from "@/lib/catalogue/queries";
import { clock } from "@/lib/clock";
import { toAnswerDto } from "@/lib/assessments/answer-dto";
import { getStoredScore } from "@/lib/assessments/queries";
import { fromNumeric } from "@/lib/assessments/compute-stored-score";
import { getSectionPage } from "@/lib/assessments/section-queries";
import { REVIEWABLE } from "@/lib/review/policy";
import { loadThreads } from "@/lib/review/thread";
import { windowState } from "@/lib/review/windows";

/** What an assigned evaluator needs to review one section; anyone else gets 404. */
export async function getReviewSection(access: TAssessmentAccess, sectionCode: string) {
  // Leaders and the unit may read the assessment, but this page is the evaluators' own.
  assertCan(access, "review.read");
  const assessmentId = access.id;
  const page = await getSectionPage(access, sectionCode);
  const itemIds = page.groups.flatMap((g) => g.items.map((i) => i.id));
  const [evaluatorAnswers, threads, evaluatorScore] = await Promise.all([
    prisma.answer.findMany({ where: { assessmentId, side: "EVALUATOR", itemId: { in: itemIds } }, include: { updatedBy: { select: { name: true } } } }),
    loadThreads(access, itemIds),
    getStoredScore(access, "EVALUATOR"),
  ]);
  const evaluatorByItem = new Map(evaluatorAnswers.map((a) => [a.itemId, toAnswerDto(a)]));
  const writable = REVIEWABLE.includes(access.status) && windowState(access.windows, "REVIEW", clock.now()) === "open";
  return {
    ...page,
    scope: { status: access.status, statusVersion: access.statusVersion, revisionRound: access.revisionRound },
    evaluatorScore,
    canReview: writable,
    isLead: can(access, "review.lead"),
    reviewItems: itemIds.map((id) => ({
      id,
      evaluatorAnswer: evaluatorByItem.get(id) ?? null,
      review: threads.reviewByItem.get(id) ?? null,
      notes: threads.notesByItem.get(id) ?? [],
    })),
  };
}

/** Both score trees, for the side-by-side comparison (any reader of the assessment). */
export async function getScoreComparison(access: TAssessmentAccess) {
  const [loaded, self, evaluator, flagged] = await Promise.all([
    getCatalogue(access.catalogueVersionId),
    getStoredScore(access, "SELF"),
    getStoredScore(access, "EVALUATOR"),
    prisma.itemReview.count({ where: { assessmentId: access.id, verdict: "REVISION_REQUESTED" } }),
  ]);
  return { loaded, self, evaluator, flagged, isLead: can(access, "review.lead"), isEvaluator: can(access, "review.write") };
}
