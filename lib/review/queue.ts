import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { scopeAssessmentWhere, type TScopeAccess } from "@/lib/access/scope-access";
import { fromNumeric } from "@/lib/assessments/compute-stored-score";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

/** The queue's status filter, in the order of the work. */
export const QUEUE_STATUSES = ["SUBMITTED", "RESUBMITTED", "IN_REVIEW", "REVISION_REQUESTED", "FINAL", "DRAFT"] as const satisfies readonly AssessmentStatus[];
const ZQueueStatus = z.enum(QUEUE_STATUSES);

/**
 * The evaluator's home: assigned units with status, items left to accept and the review
 * deadline, optionally only those in one status. The scope (review.read) belongs to evaluators:
 * anyone else gets 404 from authorizeScope, as for any page outside their role.
 */
export async function listReviewQueue(scope: TScopeAccess<"review.read">, statusFilter?: string | null) {
  const assignments = await prisma.evaluatorAssignment.findMany({
    where: { userId: scope.user.id, assessment: scopeAssessmentWhere(scope) },
    select: {
      role: true,
      assessment: {
        select: {
          id: true, status: true, itemCount: true, revisionRound: true, lastActivityAt: true,
          unit: { select: { name: true } },
          period: { select: { name: true, windows: { where: { stage: "REVIEW" }, select: { closesAt: true } } } },
          scores: { select: { side: true, total: true } },
          _count: { select: { reviews: { where: { verdict: "ACCEPTED" } } } },
        },
      },
    },
    orderBy: { assessment: { unit: { name: "asc" } } },
  });
  const all = assignments.map(({ role, assessment: a }) => ({
    id: a.id,
    role,
    status: a.status,
    unitName: a.unit.name,
    periodName: a.period.name,
    revisionRound: a.revisionRound,
    itemsLeft: a.itemCount - a._count.reviews,
    itemCount: a.itemCount,
    reviewClosesAt: a.period.windows[0]?.closesAt ?? null,
    selfTotal: fromNumeric(a.scores.find((s) => s.side === "SELF")?.total) ?? "0",
    evaluatorTotal: fromNumeric(a.scores.find((s) => s.side === "EVALUATOR")?.total),
  }));
  const counts = Object.fromEntries(QUEUE_STATUSES.map((s) => [s, all.filter((r) => r.status === s).length])) as Record<AssessmentStatus, number>;
  // An unknown filter in the address shows everything rather than an empty list.
  const parsed = ZQueueStatus.safeParse(statusFilter);
  const status = parsed.success ? parsed.data : null;
  return { rows: status ? all.filter((r) => r.status === status) : all, total: all.length, counts, status };
}
