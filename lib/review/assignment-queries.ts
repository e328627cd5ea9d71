import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { hasRole } from "@/lib/auth/policy";
import { assessmentWhereVisibleTo } from "@/lib/auth/scope";
import { NotFoundError } from "@/lib/errors";
import { isAwaitingEvaluator, WITH_TPI } from "@/lib/review/overview-scores";

/** The admin's own scope: an admin who is also an evaluator sees here only what they administer. */
function asAdmin(user: TSessionUser) {
  if (!hasRole(user, "ADMIN")) throw new NotFoundError();
  return { ...user, roles: user.roles.filter((r) => r.role === "ADMIN") };
}

/**
 * Admin view: each assessment of a period with its TPI team, and the evaluators to choose from.
 * Units already sent to the TPI without any evaluator come first: nobody's queue shows them.
 */
export async function getAssignmentBoard(admin: TSessionUser, periodId?: string) {
  const adminOnly = asAdmin(admin);
  const periods = await prisma.period.findMany({ orderBy: [{ year: "desc" }, { name: "asc" }], select: { id: true, name: true, year: true } });
  const period = periods.find((p) => p.id === periodId) ?? periods[0];
  if (!period) return { periods, period: null, assessments: [], evaluators: [] };
  const [rows, evaluators] = await Promise.all([
    prisma.assessment.findMany({
      where: { AND: [{ periodId: period.id }, assessmentWhereVisibleTo(adminOnly)] },
      orderBy: { unit: { path: "asc" } },
      select: {
        id: true, status: true, submittedAt: true, unit: { select: { name: true } },
        assignments: { orderBy: { role: "asc" }, select: { role: true, user: { select: { id: true, name: true } } } },
      },
    }),
    prisma.user.findMany({ where: { active: true, roles: { some: { role: "EVALUATOR" } } }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
  ]);
  const assessments = rows.map((a) => ({ ...a, awaitingEvaluator: isAwaitingEvaluator(a.status, a.assignments.length) }));
  // Stable: within each group the units keep their place in the tree.
  assessments.sort((a, b) => Number(b.awaitingEvaluator) - Number(a.awaitingEvaluator));
  return { periods, period, assessments, evaluators };
}

/** For the admin's overview: assessments sent to the TPI that no evaluator is assigned to, per period. */
export async function countAwaitingEvaluator(admin: TSessionUser) {
  const adminOnly = asAdmin(admin);
  const rows = await prisma.assessment.groupBy({
    by: ["periodId"],
    where: { AND: [{ status: { in: [...WITH_TPI] } }, { assignments: { none: {} } }, assessmentWhereVisibleTo(adminOnly)] },
    _count: { _all: true },
  });
  const periods = await prisma.period.findMany({ where: { id: { in: rows.map((r) => r.periodId) } }, select: { id: true, name: true, year: true } });
  const perPeriod = periods
    .map((p) => ({ ...p, count: rows.find((r) => r.periodId === p.id)?._count._all ?? 0 }))
    .sort((a, b) => b.year - a.year);
  return { total: perPeriod.reduce((sum, p) => sum + p.count, 0), perPeriod };
}
