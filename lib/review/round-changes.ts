import "server-only";
import { prisma } from "@/lib/db";
import { assertCan, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { getCatalogue } from "@/lib/catalogue/queries";
import { describeAnswer } from "@/lib/assessments/describe-answer";
import type { TAnswerDto } from "@/lib/assessments/types";

type TSnapshot = Partial<Pick<TAnswerDto, "optionKey" | "inputs" | "surveyIndex" | "value" | "narrative">> | null;
export type TChangedItem = {
  itemId: string;
  code: string;
  text: string;
  sectionCode: string;
  /** The answer at the start and at the end of the round, in words; null when it ended as it began. */
  answer: { before: string; after: string } | null;
  narrativeChanged: boolean;
  evidenceChanges: number;
};
export type TRoundChanges = {
  round: number;
  resubmittedAt: Date;
  changed: TChangedItem[];
  /** Sent back in this round, still flagged, and left as they were by the unit. */
  unchangedFlagged: { itemId: string; code: string; sectionCode: string }[];
};

const asDto = (s: TSnapshot) => (s ? ({ optionKey: null, inputs: null, surveyIndex: null, value: null, ...s } as TAnswerDto) : null);

/**
 * After a resubmission: what the unit changed between the TPI's request and the resubmission,
 * read from the audit trail, so the evaluators re-check exactly that. Null while no round was
 * resubmitted (or the latest request is still with the unit). For the assigned evaluators only.
 */
export async function getRoundChanges(access: TAssessmentAccess): Promise<TRoundChanges | null> {
  assertCan(access, "review.read");
  const assessmentId = access.id;
  const [resubmit, request] = await Promise.all(
    ["assessment.resubmit", "assessment.requestRevision"].map((action) =>
      prisma.auditEvent.findFirst({ where: { assessmentId, action }, orderBy: { id: "desc" }, select: { id: true, at: true } })),
  );
  if (!resubmit || !request || request.id > resubmit.id) return null;

  const [events, flagged, loaded] = await Promise.all([
    prisma.auditEvent.findMany({
      where: { assessmentId, itemId: { not: null }, id: { gt: request.id, lt: resubmit.id }, OR: [{ action: "answer.save" }, { action: { startsWith: "evidence." } }] },
      orderBy: { id: "asc" },
      select: { itemId: true, action: true, before: true, after: true },
    }),
    prisma.itemReview.findMany({ where: { assessmentId, verdict: "REVISION_REQUESTED" }, select: { itemId: true } }),
    getCatalogue(access.catalogueVersionId),
  ]);
  const byItem = new Map<string, typeof events>();
  for (const event of events) byItem.set(event.itemId!, [...(byItem.get(event.itemId!) ?? []), event]);

  const changed: TChangedItem[] = [];
  for (const [itemId, itemEvents] of byItem) {
    const ref = loaded.itemsById.get(itemId);
    if (!ref) continue;
    const saves = itemEvents.filter((e) => e.action === "answer.save");
    const first = asDto((saves[0]?.before ?? null) as TSnapshot);
    const last = asDto((saves.at(-1)?.after ?? null) as TSnapshot);
    const before = describeAnswer(ref.item, first);
    const after = describeAnswer(ref.item, last);
    const entry: TChangedItem = {
      itemId, code: ref.item.code, text: ref.item.text, sectionCode: ref.group.code,
      answer: saves.length && before !== after ? { before, after } : null,
      narrativeChanged: saves.length > 0 && (first?.narrative ?? "") !== (last?.narrative ?? ""),
      evidenceChanges: itemEvents.length - saves.length,
    };
    if (entry.answer || entry.narrativeChanged || entry.evidenceChanges) changed.push(entry);
  }
  const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code, "en", { numeric: true });
  const changedIds = new Set(changed.map((c) => c.itemId));
  const unchangedFlagged = flagged
    .filter((f) => !changedIds.has(f.itemId))
    .flatMap((f) => {
      const ref = loaded.itemsById.get(f.itemId);
      return ref ? [{ itemId: f.itemId, code: ref.item.code, sectionCode: ref.group.code }] : [];
    });
  return { round: access.revisionRound, resubmittedAt: resubmit.at, changed: changed.sort(byCode), unchangedFlagged: unchangedFlagged.sort(byCode) };
}
