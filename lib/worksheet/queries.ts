import "server-only";
import { prisma } from "@/lib/db";
import { getCatalogue, type TLoadedCatalogue } from "@/lib/catalogue/queries";
import { clock } from "@/lib/clock";
import type { Side } from "@/lib/generated/prisma/enums";
import { assertCan, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { toAnswerDto } from "@/lib/assessments/answer-dto";
import { getAssessmentHeader, getStoredScore } from "@/lib/assessments/queries";
import { groupByIndicator } from "@/lib/assessments/section-queries";
import type { TAnswerDto, TStoredScore } from "@/lib/assessments/types";
import type { TNode } from "@/lib/scoring/types";
import { REVIEWABLE } from "@/lib/review/policy";
import { getRoundChanges } from "@/lib/review/round-changes";
import { windowState } from "@/lib/review/windows";
import { displayTitle } from "@/lib/scoring/format-id";
import { countEvidenceByItem, itemsChangedSinceRevisionRequest } from "@/lib/worksheet/item-facts";
import type { TWorksheetRow, TWorksheetSection } from "@/lib/worksheet/types";

/** The unit's worksheet: every item of the LKE with its answer, evidence and verdict. */
export async function getUnitWorksheet(access: TAssessmentAccess) {
  const [header, evidence, loaded, answers, score, verdicts, changed] = await Promise.all([
    getAssessmentHeader(access),
    countEvidenceByItem(access),
    getCatalogue(access.catalogueVersionId),
    answersOf(access, "SELF"),
    getStoredScore(access, "SELF"),
    verdictsOf(access),
    access.revisionRound > 0 ? itemsChangedSinceRevisionRequest(access) : null,
  ]);
  const sections = buildSections(loaded, (id) => {
    const verdict = verdicts.get(id) ?? null;
    return {
      answer: answers.get(id) ?? null,
      selfAnswer: null,
      verdict,
      canEdit: header.canEditSelf && (header.status === "DRAFT" || verdict === "REVISION_REQUESTED"),
      evidence: evidence.get(id),
      changed: changed?.has(id) ?? false,
    };
  });
  return { header, sections, score, hasRound: changed !== null };
}

/** The evaluator's worksheet: the unit's answer beside the TPI's, for the assigned evaluators only. */
export async function getReviewWorksheet(scope: TAssessmentAccess) {
  // Leaders and the unit may read the assessment, but this sheet is the evaluators' own.
  assertCan(scope, "review.read");
  const [header, evidence, rounds, loaded, selfAnswers, evaluatorAnswers, selfScore, evaluatorScore, verdicts] = await Promise.all([
    getAssessmentHeader(scope),
    countEvidenceByItem(scope),
    getRoundChanges(scope),
    getCatalogue(scope.catalogueVersionId),
    answersOf(scope, "SELF"),
    answersOf(scope, "EVALUATOR"),
    getStoredScore(scope, "SELF"),
    getStoredScore(scope, "EVALUATOR"),
    verdictsOf(scope),
  ]);
  const canReview = REVIEWABLE.includes(scope.status) && windowState(scope.windows, "REVIEW", clock.now()) === "open";
  const changed = new Set(rounds?.changed.map((c) => c.itemId));
  const sections = buildSections(loaded, (id) => ({
    answer: evaluatorAnswers.get(id) ?? null,
    selfAnswer: selfAnswers.get(id) ?? null,
    verdict: verdicts.get(id) ?? null,
    canEdit: canReview,
    evidence: evidence.get(id),
    changed: changed.has(id),
  }), selfScore);
  return { header, sections, score: evaluatorScore, selfTotal: selfScore.total, canReview, hasRound: rounds !== null, round: rounds?.round ?? 0 };
}

type TRowFacts = Pick<TWorksheetRow, "answer" | "selfAnswer" | "verdict" | "canEdit" | "changed"> & { evidence: { count: number; ticked: number } | undefined };

/** The LKE's pages (areas, Hasil parts) with their indicators and items, in catalogue order. */
function buildSections(loaded: TLoadedCatalogue, factsOf: (itemId: string) => TRowFacts, selfScore?: TStoredScore): TWorksheetSection[] {
  return loaded.sections.map((section) => {
    const indicators = groupByIndicator(section, loaded.itemIdByCode).map((group) => ({
      code: group.indicator.code,
      title: displayTitle(group.indicator.title),
      weight: group.indicator.weight,
      depth: group.depth,
      itemCount: countItems(group.indicator),
      rows: group.items.map(({ id, item, maxPoints }): TWorksheetRow => {
        const facts = factsOf(id);
        return {
          id, maxPoints, sectionCode: section.code,
          // The guidance stays on the item's card: the sheet carries what answering needs.
          item: { ...item, guidance: "", expectedEvidence: [] },
          ...facts,
          evidence: { count: facts.evidence?.count ?? 0, ticked: facts.evidence?.ticked ?? 0, expected: item.expectedEvidence.length },
        };
      }),
    }));
    const firstItem = indicators.find((i) => i.rows.length)?.rows[0];
    const part = firstItem ? loaded.itemsById.get(firstItem.id)?.part : undefined;
    const codes = [section.code, ...indicators.map((i) => i.code)];
    return {
      code: section.code,
      title: displayTitle(section.title),
      partTitle: part && part.code !== section.code ? displayTitle(part.title) : "",
      weight: section.weight,
      indicators,
      selfScores: selfScore ? Object.fromEntries(codes.map((code) => [code, selfScore.nodes[code]?.score ?? 0])) : {},
    };
  });
}

const countItems = (node: TNode): number => node.items.length + node.children.reduce((sum, child) => sum + countItems(child), 0);

/** Without who saved each answer: the sheet does not show it (a conflict brings the other person's answer). */
async function answersOf(access: TAssessmentAccess, side: Side): Promise<Map<string, TAnswerDto>> {
  const rows = await prisma.answer.findMany({ where: { assessmentId: access.id, side } });
  return new Map(rows.map((row) => [row.itemId, toAnswerDto(row)]));
}

async function verdictsOf(access: TAssessmentAccess) {
  const rows = await prisma.itemReview.findMany({ where: { assessmentId: access.id }, select: { itemId: true, verdict: true } });
  return new Map(rows.map((row) => [row.itemId, row.verdict]));
}

