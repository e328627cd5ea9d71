import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { hasRole } from "@/lib/auth/policy";
import { assessmentWhereVisibleTo } from "@/lib/auth/scope";
import { NotFoundError } from "@/lib/errors";

/** Admin view: each assessment of a period with its TPI team, and the evaluators to choose from. */
export async function getAssignmentBoard(admin: TSessionUser, periodId?: string) {
  if (!hasRole(admin, "ADMIN")) throw new NotFoundError();
  const adminOnly = { ...admin, roles: admin.roles.filter((r) => r.role === "ADMIN") };
  const periods = await prisma.period.findMany({ orderBy: [{ year: "desc" }, { name: "asc" }], select: { id: true, name: true, year: true } });
  const period = periods.find((p) => p.id === periodId) ?? periods[0];
  if (!period) return { periods, period: null, assessments: [], evaluators: [] };
  const [assessments, evaluators] = await Promise.all([
    prisma.assessment.findMany({
      where: { AND: [{ periodId: period.id }, assessmentWhereVisibleTo(adminOnly)] },
      orderBy: { unit: { path: "asc" } },
      select: {
        id: true, status: true, unit: { select: { name: true } },
        assignments: { orderBy: { role: "asc" }, select: { role: true, user: { select: { id: true, name: true } } } },
      },
    }),
    prisma.user.findMany({ where: { active: true, roles: { some: { role: "EVALUATOR" } } }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
  ]);
  return { periods, period, assessments, evaluators };
}
