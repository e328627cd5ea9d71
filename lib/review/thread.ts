import "server-only";
import { prisma } from "@/lib/db";
import type { Verdict } from "@/lib/generated/prisma/enums";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";

export type TNoteDto = { id: string; side: "SELF" | "EVALUATOR"; authorName: string; body: string; createdAt: string };
export type TItemReviewDto = { verdict: Verdict; round: number };

/** Verdicts and note threads of some items of an assessment, keyed by item id. */
export async function loadThreads(access: TAssessmentAccess, itemIds: string[]) {
  const assessmentId = access.id;
  const [reviews, notes] = await Promise.all([
    prisma.itemReview.findMany({ where: { assessmentId, itemId: { in: itemIds } }, select: { itemId: true, verdict: true, round: true } }),
    prisma.itemNote.findMany({
      where: { assessmentId, itemId: { in: itemIds } },
      orderBy: { createdAt: "asc" },
      select: { id: true, itemId: true, side: true, body: true, createdAt: true, author: { select: { name: true } } },
    }),
  ]);
  const reviewByItem = new Map<string, TItemReviewDto>(reviews.map((r) => [r.itemId, { verdict: r.verdict, round: r.round }]));
  const notesByItem = new Map<string, TNoteDto[]>();
  for (const note of notes) {
    const list = notesByItem.get(note.itemId) ?? [];
    list.push({ id: note.id, side: note.side, authorName: note.author.name, body: note.body, createdAt: note.createdAt.toISOString() });
    notesByItem.set(note.itemId, list);
  }
  return { reviewByItem, notesByItem };
}
