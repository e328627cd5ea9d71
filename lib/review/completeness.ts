import "server-only";
import type { prisma, TTransaction } from "@/lib/db";
import type { TLoadedCatalogue } from "@/lib/catalogue/queries";

export type TCompleteness = {
  itemCount: number;
  unanswered: { itemId: string; code: string; text: string }[];
  withoutEvidence: { itemId: string; code: string; text: string }[];
};

/** What the unit head sees before submitting: unanswered items and answered items without evidence. */
export async function getCompleteness(db: TTransaction | typeof prisma, assessmentId: string, loaded: TLoadedCatalogue): Promise<TCompleteness> {
  const [answers, evidence] = await Promise.all([
    db.answer.findMany({ where: { assessmentId, side: "SELF", value: { not: null } }, select: { itemId: true } }),
    db.evidence.groupBy({ by: ["itemId"], where: { assessmentId, deletedAt: null } }),
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
