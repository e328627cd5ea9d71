import "server-only";
import type { prisma, TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { lineageUnitIdsSql } from "@/lib/units/lineage-sql";

type TDb = TTransaction | typeof prisma;

/**
 * The unit's most recent LKE of an earlier year in the same agency that holds any work (answers
 * or evidence): what "Mulai dari LKE tahun lalu" starts from. A unit formed by a merge, split or
 * replacement also finds its predecessors' (the fullest one when several merged).
 */
export async function findPreviousAssessment(access: TAssessmentAccess, db: TDb) {
  const current = await db.period.findUniqueOrThrow({ where: { id: access.periodId }, select: { year: true } });
  const units = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM ${lineageUnitIdsSql(access.unitId)} AS lineage`;
  return db.assessment.findFirst({
    where: {
      unitId: { in: units.map((u) => u.id) },
      period: { agencyId: access.agencyId, year: { lt: current.year } },
      OR: [{ answers: { some: { side: "SELF" } } }, { evidence: { some: { deletedAt: null } } }],
    },
    orderBy: [{ period: { year: "desc" } }, { answeredCount: "desc" }, { createdAt: "desc" }],
    select: { id: true, answeredCount: true, evidencedCount: true, period: { select: { year: true, name: true, catalogueVersionId: true } } },
  });
}

/** Nothing the unit wrote yet: no answer of its own, no live evidence, no ticked checklist entry. */
export async function isEmptyAssessment(access: TAssessmentAccess, db: TDb): Promise<boolean> {
  const assessmentId = access.id;
  const [answers, evidence, ticks] = await Promise.all([
    db.answer.count({ where: { assessmentId, side: "SELF" } }),
    db.evidence.count({ where: { assessmentId, deletedAt: null } }),
    db.evidenceChecklistTick.count({ where: { assessmentId, checked: true } }),
  ]);
  return answers + evidence + ticks === 0;
}
