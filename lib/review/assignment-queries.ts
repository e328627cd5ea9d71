import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { evaluatorPoolWhere } from "@/lib/access/evaluator-pool";
import { scopeAssessmentWhere, type TScopeAccess } from "@/lib/access/scope-access";
import { isAwaitingEvaluator, WITH_TPI } from "@/lib/review/overview-scores";

// The assignment board, for a scope of evaluator.assign: an admin sees the periods, assessments and
// evaluators of the agency (or subtree) they administer, never another agency's.

/**
 * Each assessment of a period in the admin's scope with its TPI team, and the evaluators to
 * choose from (the period's agency's own). Units already sent to the TPI without any evaluator
 * come first: nobody's queue shows them.
 */
export async function getAssignmentBoard(scope: TScopeAccess<"evaluator.assign">, periodId?: string) {
  const inScope = scopeAssessmentWhere(scope);
  const periods = await prisma.period.findMany({
    where: { assessments: { some: inScope } },
    orderBy: [{ year: "desc" }, { name: "asc" }],
    select: { id: true, name: true, year: true, agencyId: true },
  });
  // A period outside the scope is answered like one that does not exist.
  if (periodId && !periods.some((p) => p.id === periodId)) throw new NotFoundError("Periode tidak ditemukan.");
  const period = periods.find((p) => p.id === periodId) ?? periods[0];
  if (!period) return { periods, period: null, assessments: [], evaluators: [] };
  const [rows, evaluators] = await Promise.all([
    prisma.assessment.findMany({
      where: { AND: [{ periodId: period.id }, inScope] },
      orderBy: { unit: { path: "asc" } },
      select: {
        id: true, status: true, submittedAt: true, unit: { select: { name: true } },
        assignments: { orderBy: { role: "asc" }, select: { role: true, user: { select: { id: true, name: true } } } },
      },
    }),
    prisma.user.findMany({ where: evaluatorPoolWhere(period.agencyId), orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
  ]);
  const assessments = rows.map((a) => ({ ...a, awaitingEvaluator: isAwaitingEvaluator(a.status, a.assignments.length) }));
  // Stable: within each group the units keep their place in the tree.
  assessments.sort((a, b) => Number(b.awaitingEvaluator) - Number(a.awaitingEvaluator));
  return { periods, period, assessments, evaluators };
}

/** For the admin's overview: assessments in scope sent to the TPI that no evaluator is assigned to, per period. */
export async function countAwaitingEvaluator(scope: TScopeAccess<"evaluator.assign">) {
  const rows = await prisma.assessment.groupBy({
    by: ["periodId"],
    where: { AND: [{ status: { in: [...WITH_TPI] } }, { assignments: { none: {} } }, scopeAssessmentWhere(scope)] },
    _count: { _all: true },
  });
  const periods = await prisma.period.findMany({ where: { id: { in: rows.map((r) => r.periodId) } }, select: { id: true, name: true, year: true } });
  const perPeriod = periods
    .map((p) => ({ ...p, count: rows.find((r) => r.periodId === p.id)?._count._all ?? 0 }))
    .sort((a, b) => b.year - a.year);
  return { total: perPeriod.reduce((sum, p) => sum + p.count, 0), perPeriod };
}
