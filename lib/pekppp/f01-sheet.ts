import "server-only";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/policy";
import { clock } from "@/lib/clock";
import { getCatalogue } from "@/lib/catalogue/queries";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { selfWritableNow } from "@/lib/review/policy";
import type { TItem } from "@/lib/scoring/types";

export type TF01Answer = { optionKey: string | null; inputs: Record<string, number> | null; narrative: string; version: number };
export type TF01Question = { itemId: string; item: Pick<TItem, "code" | "text" | "answerType" | "options">; answer: TF01Answer | null };
export type TF01Sheet = {
  aspects: { code: string; title: string; indicators: { code: string; title: string; evidence: string[]; questions: TF01Question[] }[] }[];
  writable: boolean;
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
  const answers = new Map(rows.map((row) => [row.itemId, { optionKey: row.optionKey, inputs: row.inputs as Record<string, number> | null, narrative: row.narrative, version: row.version }]));
  const aspects = loaded.catalogue.components.map((aspect) => ({
    code: aspect.code,
    title: aspect.title,
    indicators: aspect.children.map((indicator) => {
      const questions = indicator.items.filter((item) => item.form === "F-01");
      return {
        code: indicator.code,
        title: indicator.title,
        evidence: questions.flatMap((item) => item.expectedEvidence),
        questions: questions.map((item) => {
          const itemId = loaded.itemIdByCode.get(item.code)!;
          return { itemId, item: { code: item.code, text: item.text, answerType: item.answerType, options: item.options }, answer: answers.get(itemId) ?? null };
        }),
      };
    }),
  }));
  const all = aspects.flatMap((a) => a.indicators.flatMap((i) => i.questions));
  const answered = all.filter(({ answer }) => answer && (answer.optionKey || answer.inputs || answer.narrative.trim())).length;
  return {
    aspects, answered, total: all.length,
    writable: can(access, "answer.self.write") && selfWritableNow(access, clock.now()),
    canSubmit: can(access, "assessment.submit") && access.status === "DRAFT",
    status: access.status, statusVersion: access.statusVersion,
  };
}
