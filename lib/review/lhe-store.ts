import "server-only";
import { parseInput } from "@/lib/validation";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCatalogue } from "@/lib/catalogue/queries";
import { clock } from "@/lib/clock";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { TAnswer } from "@/lib/scoring/types";
import { displayTitle } from "@/lib/scoring/format-id";
import { toEngineAnswer } from "@/lib/assessments/answer-dto";
import { getStoredScore } from "@/lib/assessments/queries";
import { authorizeAssessment, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { draftRecommendations } from "@/lib/review/draft-recommendations";
import type { TLhe } from "@/lib/review/lhe-types";
import { assertLheEditable } from "@/lib/review/policy";
import { lheAreasKnown, ZLheDraft } from "@/lib/review/schemas";
import { issueDocuments } from "@/lib/documents/issue-documents";

type TDb = TTransaction | typeof prisma;

/** The LHE as it stands now: stored scores of both sides and the lead's (or drafted) recommendations. */
export async function composeLhe(access: TAssessmentAccess, db: TDb = prisma): Promise<TLhe> {
  const loaded = await getCatalogue(access.catalogueVersionId);
  const [assessment, self, evaluator, evaluatorAnswers, draft, checks] = await Promise.all([
    db.assessment.findUniqueOrThrow({
      where: { id: access.id },
      select: {
        revisionRound: true, unit: { select: { name: true } },
        period: { select: { name: true, catalogueVersion: { select: { code: true, version: true } } } },
        assignments: { select: { role: true, user: { select: { name: true, nip: true } } }, orderBy: { role: "asc" } },
      },
    }),
    getStoredScore(access, "SELF", db),
    getStoredScore(access, "EVALUATOR", db),
    db.answer.findMany({ where: { assessmentId: access.id, side: "EVALUATOR" }, select: { itemId: true, optionKey: true, inputs: true, surveyIndex: true } }),
    db.report.findUnique({ where: { assessmentId_kind: { assessmentId: access.id, kind: "LHE" } }, select: { content: true } }),
    db.preconditionCheck.findMany({ where: { assessmentId: access.id } }),
  ]);
  const answers = new Map<string, TAnswer>();
  for (const a of evaluatorAnswers) answers.set(loaded.itemsById.get(a.itemId)!.item.code, toEngineAnswer(a));
  const drafted = draftRecommendations(loaded.sections, scoreAssessment(loaded.catalogue, answers));
  const edited = ((draft?.content as { recommendations?: Record<string, string> } | null)?.recommendations) ?? {};
  const row = (code: string) => {
    const node = loaded.nodesByCode.get(code)!;
    return { code, title: displayTitle(node.title), weight: node.weight, self: self.nodes[code]?.score ?? 0, evaluator: evaluator.nodes[code]?.score ?? 0 };
  };
  // An area belongs to a part (Pemenuhan, Reform); a Hasil part is its own section under Hasil.
  const groupTitleOf = (code: string) => {
    const component = loaded.catalogue.components.find((c) => code.startsWith(`${c.code}.`));
    const part = component?.children.find((p) => code === p.code || code.startsWith(`${p.code}.`));
    return part?.code === code ? (component?.title ?? "") : (part?.title ?? "");
  };
  const labels = [...new Set(loaded.catalogue.predicates.flatMap((p) => p.preconditions))];
  return {
    unitName: assessment.unit.name,
    periodName: assessment.period.name,
    catalogueLabel: `${assessment.period.catalogueVersion.code} versi ${assessment.period.catalogueVersion.version}`,
    finalizedAt: null,
    evaluators: assessment.assignments.map((a) => ({ name: a.user.name, role: a.role, nip: a.user.nip })),
    revisionRound: assessment.revisionRound,
    totals: { self: self.total, evaluator: evaluator.total },
    parts: loaded.catalogue.components.flatMap((c) => [...c.children.map((p) => row(p.code)), row(c.code)]),
    areas: loaded.sections.map((s) => ({ ...row(s.code), partTitle: displayTitle(groupTitleOf(s.code)), recommendation: edited[s.code] ?? drafted[s.code] ?? "" })),
    predicates: evaluator.predicates,
    preconditions: labels.map((label) => {
      const check = checks.find((c) => c.label === label);
      return { label, met: check?.met ?? null, note: check?.note ?? "" };
    }),
  };
}

/** The lead evaluator's edits of the recommendations, kept until finalisation. */
export async function saveLheDraft(user: TSessionUser, raw: unknown) {
  const input = parseInput(ZLheDraft, raw);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, input.assessmentId, "review.lead", { tx, lock: true });
    assertLheEditable(access, clock.now());
    parseInput(lheAreasKnown((await getCatalogue(access.catalogueVersionId)).sections.map((s) => s.code)), input.recommendations);
    const content = { recommendations: input.recommendations };
    const report = await tx.report.upsert({
      where: { assessmentId_kind: { assessmentId: access.id, kind: "LHE" } },
      create: { assessmentId: access.id, kind: "LHE", content },
      update: { content },
    });
    await recordAudit(tx, { actorId: user.id, action: "report.lhe.draft", entityType: "Report", entityId: report.id, assessmentId: access.id, after: content });
    return { savedAt: report.updatedAt.toISOString() };
  });
}

/** Called inside the finalize transition: freezes the LHE as it stands. */
export async function finalizeLhe(access: TAssessmentAccess, tx: TTransaction) {
  const lhe = { ...(await composeLhe(access, tx)), finalizedAt: clock.now().toISOString() };
  const report = await tx.report.upsert({
    where: { assessmentId_kind: { assessmentId: access.id, kind: "LHE" } },
    create: { assessmentId: access.id, kind: "LHE", content: lhe as object, finalizedAt: clock.now() },
    update: { content: lhe as object, finalizedAt: clock.now() },
  });
  await recordAudit(tx, { actorId: access.user.id, action: "report.lhe.finalize", entityType: "Report", entityId: report.id, assessmentId: access.id, after: { totals: lhe.totals } });
  // Numbers, place and signatories of the LHE and the Berita Acara are fixed with it.
  await issueDocuments(access, tx, clock.now());
}

/** The LHE any reader of the assessment may see: frozen once final, live before. */
export async function getLhe(access: TAssessmentAccess): Promise<TLhe> {
  const report = await prisma.report.findUnique({ where: { assessmentId_kind: { assessmentId: access.id, kind: "LHE" } } });
  if (report?.finalizedAt) return report.content as unknown as TLhe;
  return composeLhe(access);
}
