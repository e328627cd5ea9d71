import "server-only";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/policy";
import { clock } from "@/lib/clock";
import { getCatalogue } from "@/lib/catalogue/queries";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { selfWritableNow } from "@/lib/review/policy";
import type { TItem, TNode } from "@/lib/scoring/types";
import { listItemEvidence } from "@/lib/evidence/queries";
import type { TItemEvidence } from "@/lib/evidence/types";

export type TF01Answer = { optionKey: string | null; inputs: Record<string, number> | null; narrative: string; version: number };
export type TF01Question = { itemId: string; item: Pick<TItem, "code" | "text" | "answerType" | "options">; answer: TF01Answer | null };
/** The F-01 question of an indicator that holds its bukti dukung (the one whose text asks for them). */
export type TF01EvidenceItem = { itemId: string; item: TItem; initial: TItemEvidence };
export type TF01Sheet = {
  aspects: { code: string; title: string; indicators: { code: string; title: string; evidenceItem: TF01EvidenceItem | null; questions: TF01Question[] }[] }[];
  writable: boolean;
  /** The unit may add, replace and delete bukti dukung now (the same rule as for LKE items). */
  canEditEvidence: boolean;
  canSubmit: boolean;
  status: string;
  statusVersion: number;
  answered: number;
  total: number;
};

/** The unit's F-01 (self-assessment) of a PEKPPP evaluation with its saved answers; null for an LKE. */
export async function getF01Sheet(access: TAssessmentAccess): Promise<TF01Sheet | null> {
  const loaded = await getCatalogue(access.catalogueVersionId);
  if (loaded.catalogue.instrument !== "PEKPPP") return null;
  const rows = await prisma.answer.findMany({ where: { assessmentId: access.id, side: "SELF" }, select: { itemId: true, optionKey: true, inputs: true, narrative: true, version: true } });
  const evidenceItems = new Map(loaded.catalogue.components.flatMap((aspect) => aspect.children.flatMap((indicator) => {
    const item = evidenceItemOf(indicator);
    return item ? [[indicator.code, { itemId: loaded.itemIdByCode.get(item.code)!, item }] as const] : [];
  })));
  const evidence = await listItemEvidence(access, [...evidenceItems.values()].map((entry) => entry.itemId));
  const answers = new Map(rows.map((row) => [row.itemId, { optionKey: row.optionKey, inputs: row.inputs as Record<string, number> | null, narrative: row.narrative, version: row.version }]));
  const aspects = loaded.catalogue.components.map((aspect) => ({
    code: aspect.code,
    title: aspect.title,
    indicators: aspect.children.map((indicator) => {
      const questions = indicator.items.filter((item) => item.form === "F-01");
      return {
        code: indicator.code,
        title: indicator.title,
        evidenceItem: withEvidence(evidenceItems.get(indicator.code), evidence),
        questions: questions.map((item) => {
          const itemId = loaded.itemIdByCode.get(item.code)!;
          return { itemId, item: { code: item.code, text: item.text, answerType: item.answerType, options: item.options }, answer: answers.get(itemId) ?? null };
        }),
      };
    }),
  }));
  const all = aspects.flatMap((a) => a.indicators.flatMap((i) => i.questions));
  const answered = all.filter(({ answer }) => answer && (answer.optionKey || answer.inputs || answer.narrative.trim())).length;
  const writable = can(access, "answer.self.write") && selfWritableNow(access, clock.now());
  return {
    aspects, answered, total: all.length, writable,
    canEditEvidence: writable && can(access, "evidence.write"),
    canSubmit: can(access, "assessment.submit") && access.status === "DRAFT",
    status: access.status, statusVersion: access.statusVersion,
  };
}

/**
 * Where an indicator's bukti dukung live: the F-01 question that asks for them (seed 004 puts the
 * request on one question per indicator), else its first F-01 question. The evaluators read the
 * same entries beside the indicator's F-02 level (team-sheet.ts).
 */
export function evidenceItemOf(indicator: TNode): TItem | null {
  const questions = indicator.items.filter((item) => item.form === "F-01");
  return questions.find((item) => item.expectedEvidence.length > 0) ?? questions[0] ?? null;
}

/** An evidence item with its loaded entries; `override` e.g. drops the unit's plan offers for evaluators. */
export function withEvidence(entry: { itemId: string; item: TItem } | undefined, evidence: Map<string, TItemEvidence>, override: Partial<TItemEvidence> = {}): TF01EvidenceItem | null {
  return entry ? { ...entry, initial: { ...evidence.get(entry.itemId)!, ...override } } : null;
}
