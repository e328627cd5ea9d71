import "server-only";
import { prisma } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { getCatalogue } from "@/lib/catalogue/queries";
import { NotFoundError } from "@/lib/errors";
import type { TItem, TNode } from "@/lib/scoring/types";
import { toAnswerDto } from "@/lib/assessments/answer-dto";
import { getAssessmentHeader, getStoredScore } from "@/lib/assessments/queries";
import type { TAnswerDto } from "@/lib/assessments/types";
import { loadThreads, type TItemReviewDto, type TNoteDto } from "@/lib/review/thread";
import { listItemEvidence } from "@/lib/evidence/queries";
import { NO_EVIDENCE, type TItemEvidence } from "@/lib/evidence/types";

export type TSectionItem = {
  id: string;
  item: TItem;
  maxPoints: number;
  answer: TAnswerDto | null;
  /** Whether the unit may change this item now (all in draft; only sent-back items in revision). */
  canEdit: boolean;
  review: TItemReviewDto | null;
  notes: TNoteDto[];
  /** Live bukti dukung (files, links) and checklist ticks. */
  evidence: TItemEvidence;
};
export type TSectionGroup = { indicator: TNode; depth: number; items: TSectionItem[] };

/** One page of the LKE: an area (or a Hasil part) with its items grouped by indicator. */
export async function getSectionPage(access: TAssessmentAccess, sectionCode: string) {
  const header = await getAssessmentHeader(access);
  const loaded = await getCatalogue(header.catalogueVersionId);
  const section = loaded.sections.find((s) => s.code === sectionCode);
  if (!section) throw new NotFoundError("Bagian LKE tidak ditemukan.");

  const groups = groupByIndicator(section, loaded.itemIdByCode);
  const itemIds = groups.flatMap((g) => g.items.map((i) => i.id));
  const [answers, score, threads, evidenceByItem] = await Promise.all([
    prisma.answer.findMany({
      where: { assessmentId: access.id, side: "SELF", itemId: { in: itemIds } },
      include: { updatedBy: { select: { name: true } } },
    }),
    getStoredScore(access, "SELF"),
    loadThreads(access, itemIds),
    listItemEvidence(access, itemIds),
  ]);
  const answerByItem = new Map(answers.map((a) => [a.itemId, toAnswerDto(a)]));
  for (const group of groups) {
    for (const entry of group.items) {
      entry.answer = answerByItem.get(entry.id) ?? null;
      entry.review = threads.reviewByItem.get(entry.id) ?? null;
      entry.notes = threads.notesByItem.get(entry.id) ?? [];
      entry.evidence = evidenceByItem.get(entry.id) ?? NO_EVIDENCE;
      entry.canEdit = header.canEditSelf && (header.status === "DRAFT" || entry.review?.verdict === "REVISION_REQUESTED");
    }
  }

  const partCode = loaded.itemsById.get(itemIds[0] ?? "")?.part.code ?? section.code;
  return { header, section, part: loaded.nodesByCode.get(partCode) ?? section, groups, score, navGroups: navGroupsOf(loaded.catalogue.components) };
}

/** Pemenuhan and Reform list their areas; Hasil lists its parts. */
function navGroupsOf(components: TNode[]) {
  return components.flatMap((component) => {
    const parts = component.children;
    const holdsAreas = parts.some((part) => part.children.some((child) => child.kind === "area"));
    return holdsAreas
      ? parts.map((part) => ({ title: part.title, sections: part.children }))
      : [{ title: component.title, sections: parts }];
  });
}

export function groupByIndicator(section: TNode, itemIdByCode: Map<string, string>): TSectionGroup[] {
  const groups: TSectionGroup[] = [];
  const visit = (node: TNode, depth: number) => {
    if (node.items.length) {
      const weighted = node.items.some((i) => i.weight !== null);
      groups.push({
        indicator: node,
        depth,
        items: node.items.map((item) => ({
          id: itemIdByCode.get(item.code) ?? item.code,
          item,
          // What a best answer adds: an own weight, or an equal share of the indicator's weight.
          maxPoints: weighted ? (item.weight ?? 0) : node.weight / node.items.length,
          answer: null,
          canEdit: false,
          review: null,
          notes: [],
          evidence: NO_EVIDENCE,
        })),
      });
    } else if (node !== section) {
      groups.push({ indicator: node, depth, items: [] });
    }
    for (const child of node.children) visit(child, node === section ? 0 : depth + 1);
  };
  visit(section, 0);
  return groups;
}
