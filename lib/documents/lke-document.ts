import "server-only";
import { prisma } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { toAnswerDto, toEngineAnswer } from "@/lib/assessments/answer-dto";
import type { TAnswerDto } from "@/lib/assessments/types";
import { getCatalogue } from "@/lib/catalogue/queries";
import { clock } from "@/lib/clock";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { TAnswer, TCatalogue, TScoreResult } from "@/lib/scoring/types";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

export type TLkeDocument = {
  unitName: string;
  agencyName: string;
  periodName: string;
  year: number;
  status: AssessmentStatus;
  printedAt: Date;
  catalogue: TCatalogue;
  self: { score: TScoreResult; answers: Map<string, TAnswerDto> };
  /** The TPI's side, once the unit may see it (from the first review on, as the comparison page). */
  evaluator: { score: TScoreResult; answers: Map<string, TAnswerDto> } | null;
  /** Live evidence titles per item code. */
  evidence: Map<string, string[]>;
};

const HIDDEN_EVALUATOR: AssessmentStatus[] = ["DRAFT", "SUBMITTED"];

/** The whole worksheet of one assessment, for anyone who may read it and its evidence (evidence.read). */
export async function getLkeDocument(access: TAssessmentAccess): Promise<TLkeDocument> {
  const [row, answers, entries, loaded] = await Promise.all([
    prisma.assessment.findUniqueOrThrow({
      where: { id: access.id },
      select: { unit: { select: { name: true, agency: { select: { name: true } } } }, period: { select: { name: true, year: true } } },
    }),
    prisma.answer.findMany({ where: { assessmentId: access.id }, include: { updatedBy: { select: { name: true } } } }),
    prisma.evidence.findMany({ where: { assessmentId: access.id, deletedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { itemId: true, title: true, kind: true } }),
    getCatalogue(access.catalogueVersionId),
  ]);
  const codeOf = (itemId: string) => loaded.itemsById.get(itemId)?.item.code ?? itemId;
  const side = (wanted: "SELF" | "EVALUATOR") => {
    const dtos = new Map(answers.filter((a) => a.side === wanted).map((a) => [codeOf(a.itemId), toAnswerDto(a)]));
    const engine = new Map<string, TAnswer>([...dtos].map(([code, dto]) => [code, toEngineAnswer(dto)]));
    return { score: scoreAssessment(loaded.catalogue, engine), answers: dtos };
  };
  const evidence = new Map<string, string[]>();
  for (const entry of entries) {
    const code = codeOf(entry.itemId);
    evidence.set(code, [...(evidence.get(code) ?? []), entry.kind === "LINK" ? `${entry.title} (tautan)` : entry.title]);
  }
  return {
    unitName: row.unit.name,
    agencyName: row.unit.agency.name,
    periodName: row.period.name,
    year: row.period.year,
    status: access.status,
    printedAt: clock.now(),
    catalogue: loaded.catalogue,
    self: side("SELF"),
    evaluator: HIDDEN_EVALUATOR.includes(access.status) ? null : side("EVALUATOR"),
    evidence,
  };
}
