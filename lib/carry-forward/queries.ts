import "server-only";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/policy";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { getCatalogue } from "@/lib/catalogue/queries";
import { clock } from "@/lib/clock";
import { displayTitle } from "@/lib/scoring/format-id";
import { selfWritableNow } from "@/lib/review/policy";
import { findPreviousAssessment, isEmptyAssessment } from "@/lib/carry-forward/previous-assessment";

export type TCarryForwardOverview = {
  /** Shown when this LKE is empty, still a draft the user may fill, and an earlier one exists. */
  offer: { year: number; periodName: string; answered: number; evidenced: number } | null;
  carriedFromYear: number | null;
  /** Carried answers not yet confirmed or changed, and those of them to check again. */
  carried: number;
  recheck: number;
  sections: { code: string; title: string; carried: number; recheck: number }[];
  canConfirm: boolean;
};

/** What the overview says about last year's answers in this LKE. */
export async function getCarryForwardOverview(access: TAssessmentAccess): Promise<TCarryForwardOverview> {
  const assessmentId = access.id;
  const canWrite = can(access, "answer.self.write") && selfWritableNow(access, clock.now());
  const [row, carriedAnswers] = await Promise.all([
    prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { carriedFrom: { select: { period: { select: { year: true } } } } } }),
    prisma.answer.findMany({ where: { assessmentId, side: "SELF", carried: true }, select: { itemId: true, recheck: true } }),
  ]);
  let offer: TCarryForwardOverview["offer"] = null;
  if (canWrite && access.status === "DRAFT" && (await isEmptyAssessment(access, prisma))) {
    const previous = await findPreviousAssessment(access, prisma);
    if (previous) offer = { year: previous.period.year, periodName: previous.period.name, answered: previous.answeredCount, evidenced: previous.evidencedCount };
  }
  const loaded = await getCatalogue(access.catalogueVersionId);
  const sections = loaded.sections.map((s) => ({ code: s.code, title: displayTitle(s.title), carried: 0, recheck: 0 }));
  const sectionByCode = new Map(sections.map((s) => [s.code, s]));
  for (const answer of carriedAnswers) {
    const section = sectionByCode.get(loaded.itemsById.get(answer.itemId)?.group.code ?? "");
    if (!section) continue;
    section.carried += 1;
    if (answer.recheck.length > 0) section.recheck += 1;
  }
  return {
    offer,
    carriedFromYear: row.carriedFrom?.period.year ?? null,
    carried: carriedAnswers.length,
    recheck: carriedAnswers.filter((a) => a.recheck.length > 0).length,
    sections: sections.filter((s) => s.carried > 0),
    canConfirm: canWrite,
  };
}
