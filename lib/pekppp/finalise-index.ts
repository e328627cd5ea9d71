import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { clock } from "@/lib/clock";
import { InvalidStateError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { toNumeric } from "@/lib/assessments/compute-stored-score";
import { assertReviewWritable } from "@/lib/review/policy";
import { scoreIndex } from "@/lib/scoring/index-score";
import { assertTeamSubmitted } from "@/lib/pekppp/agreed-scores";
import { f02CatalogueOf } from "@/lib/pekppp/f02-items";
import { ZIndexAssessment } from "@/lib/pekppp/schemas";
import { getF03Questionnaire, getSurveyTotals } from "@/lib/pekppp/survey-totals";
import type { TStoredIndexResult } from "@/lib/pekppp/types";
import { issueBeritaAcaraNumber } from "@/lib/pekppp/berita-acara-number";

/**
 * The team lead closes the evaluation: a team of at least the instrument's minimum (three), every
 * evaluator sent, an agreed level on every indicator, F-03 answered. Stores the exact result with
 * the team (the Berita Acara names them) and the Berita Acara's number, and makes the assessment
 * final, in one transaction.
 */
export async function finaliseIndex(user: TSessionUser, raw: unknown) {
  const input = parseInput(ZIndexAssessment, raw);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, input.assessmentId, "review.lead", { tx, lock: true });
    assertReviewWritable(access, clock.now());
    const catalogue = await f02CatalogueOf(access);
    const teamSize = access.evaluatorIds.length;
    if (teamSize < catalogue.rules.minEvaluators) {
      throw new InvalidStateError(`Tim evaluator minimal ${catalogue.rules.minEvaluators} orang; saat ini ${teamSize}. Tambahkan evaluator sebelum finalisasi.`);
    }
    await assertTeamSubmitted(tx, access, "Finalisasi");
    const agreed = await tx.agreedScore.findMany({ where: { assessmentId: access.id }, select: { itemId: true, level: true } });
    const levelById = new Map(agreed.map((row) => [row.itemId, row.level]));
    const open = catalogue.items.filter((entry) => !levelById.has(entry.id)).map((entry) => entry.item.code);
    if (open.length) throw new InvalidStateError(`Finalisasi belum dapat dilakukan: ${open.length} indikator belum memiliki nilai kesepakatan (${open.slice(0, 5).join(", ")}${open.length > 5 ? ", dan lainnya" : ""}).`);
    const questionnaire = await getF03Questionnaire(tx, catalogue.rules.surveyCatalogue);
    const survey = await getSurveyTotals(tx, access, questionnaire);
    if (survey.count === 0) throw new InvalidStateError("Finalisasi belum dapat dilakukan: belum ada jawaban F-03 dari pengguna layanan.");

    const levels = new Map(catalogue.items.map((entry) => [entry.item.code, levelById.get(entry.id)!]));
    const score = scoreIndex(catalogue.loaded.catalogue, levels, survey, questionnaire.toIndex);
    const team = await tx.evaluatorAssignment.findMany({
      where: { assessmentId: access.id }, orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: { role: true, user: { select: { id: true, name: true, nip: true } } },
    });
    const stored: TStoredIndexResult = { ...score, survey, team: team.map((t) => ({ id: t.user.id, name: t.user.name, nip: t.user.nip, role: t.role })) };
    const category = score.category!;
    const beritaAcaraNumber = await issueBeritaAcaraNumber(tx, access, clock.now());
    const data = {
      beritaAcaraNumber,
      formIndex: toNumeric(score.formIndex), surveyIndex: toNumeric(score.surveyIndex!), value: toNumeric(score.value!),
      category: category.code, priority: category.priority, award: category.award, result: stored as object, computedAt: clock.now(),
    };
    await tx.indexResult.upsert({ where: { assessmentId: access.id }, create: { assessmentId: access.id, ...data }, update: data });
    await tx.assessment.update({ where: { id: access.id }, data: { status: "FINAL", finalizedAt: clock.now(), statusVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: user.id, action: "pekppp.finalize", entityType: "Assessment", entityId: access.id, assessmentId: access.id,
      before: { status: access.status }, after: { status: "FINAL", ipp: score.value, category: category.code, beritaAcaraNumber },
    });
    return { value: score.value!, category: category.code, beritaAcaraNumber };
  });
}
