import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import type { TLoadedCatalogue } from "@/lib/catalogue/queries";

export type TCompleteness = {
  itemCount: number;
  unanswered: { itemId: string; code: string; text: string }[];
  withoutEvidence: { itemId: string; code: string; text: string }[];
};

/** What the unit head sees before submitting: unanswered items and answered items without evidence. */
export async function getCompleteness(access: TAssessmentAccess, loaded: TLoadedCatalogue, db: TTransaction | typeof prisma = prisma): Promise<TCompleteness> {
  const [answers, evidence] = await Promise.all([
    db.answer.findMany({ where: { assessmentId: access.id, side: "SELF", value: { not: null } }, select: { itemId: true } }),
    db.evidence.groupBy({ by: ["itemId"], where: { assessmentId: access.id, deletedAt: null } }),
  ]);
  const answered = new Set(answers.map((a) => a.itemId));
  const evidenced = new Set(evidence.map((e) => e.itemId));
  const describe = (itemId: string) => {
    const item = loaded.itemsById.get(itemId)!.item;
    return { itemId, code: item.code, text: item.text };
  };
  const all = [...loaded.itemsById.keys()];
  return {
    itemCount: all.length,
    unanswered: all.filter((id) => !answered.has(id)).map(describe),
    withoutEvidence: all.filter((id) => answered.has(id) && !evidenced.has(id)).map(describe),
  };
}
