import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { getCatalogue } from "@/lib/catalogue/queries";
import { InvalidStateError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { clock } from "@/lib/clock";
import { parseInput } from "@/lib/validation";
import { assertCan, authorizeAssessment } from "@/lib/access/assessment-access";
import { authorizePredecessorAssessment } from "@/lib/access/predecessor-access";
import { storeScores } from "@/lib/assessments/store-scores";
import { refreshEvidencedCount } from "@/lib/evidence/counters";
import { assertSelfItemWritable } from "@/lib/review/policy";
import { carryAnswer } from "@/lib/carry-forward/carry-answer";
import { carryChecklist, carryEvidence } from "@/lib/carry-forward/carry-evidence";
import { matchItems } from "@/lib/carry-forward/match-items";
import { findPreviousAssessment, isEmptyAssessment } from "@/lib/carry-forward/previous-assessment";
import { ZCarryForward } from "@/lib/carry-forward/schemas";

export const NOT_EMPTY_MESSAGE =
  "LKE ini sudah berisi jawaban atau bukti dukung. Mulai dari LKE tahun lalu hanya dapat dilakukan pada LKE yang masih kosong; tidak ada yang diubah.";

export type TCarryForwardResult = { fromYear: number; answers: number; recheck: number; evidence: number };

/**
 * "Mulai dari LKE tahun lalu": fills an empty LKE with the unit's answers, narratives, evidence
 * (same stored files) and checklist ticks of its previous period, matched by item key. Every
 * carried answer is marked until the unit confirms or changes it; items whose text, options or
 * formula changed are flagged "periksa kembali". One transaction, audited per answer and entry.
 */
export async function carryForward(user: TSessionUser, rawInput: unknown): Promise<TCarryForwardResult> {
  const input = parseInput(ZCarryForward, rawInput);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, input.assessmentId, "answer.self.write", { tx, lock: true });
    assertCan(access, "evidence.write");
    if (access.status !== "DRAFT") throw new InvalidStateError("LKE sudah dikirim; mulai dari LKE tahun lalu hanya dapat dilakukan selama LKE masih draf.");
    assertSelfItemWritable(access, null, clock.now());
    if (!(await isEmptyAssessment(access, tx))) throw new InvalidStateError(NOT_EMPTY_MESSAGE);
    const previous = await findPreviousAssessment(access, tx);
    if (!previous) throw new InvalidStateError("Unit ini tidak memiliki LKE periode sebelumnya yang berisi jawaban.");
    const source = await authorizePredecessorAssessment(access, previous.id, tx);

    const [from, to] = await Promise.all([getCatalogue(previous.period.catalogueVersionId), getCatalogue(access.catalogueVersionId)]);
    const matches = matchItems(from.catalogue, to.catalogue);
    const context = { tx, source, target: access, matches, from, to };

    const previousAnswers = await tx.answer.findMany({
      where: { assessmentId: previous.id, side: "SELF" },
      select: { itemId: true, optionKey: true, inputs: true, surveyIndex: true, narrative: true },
    });
    const rows = previousAnswers.flatMap((row) => {
      const match = matches.get(from.itemsById.get(row.itemId)?.item.code ?? "");
      const itemId = match ? to.itemIdByCode.get(match.next.code) : undefined;
      const carried = match && itemId ? carryAnswer(match, {
        optionKey: row.optionKey, inputs: row.inputs as Record<string, number> | null,
        surveyIndex: row.surveyIndex === null ? null : Number(row.surveyIndex), narrative: row.narrative,
      }) : null;
      return carried && itemId ? [{ itemId, carried }] : [];
    });
    const created = await tx.answer.createManyAndReturn({
      data: rows.map(({ itemId, carried }) => ({
        assessmentId: access.id, itemId, side: "SELF" as const, optionKey: carried.answer.optionKey ?? null,
        inputs: carried.answer.inputs ?? Prisma.DbNull, surveyIndex: carried.answer.surveyIndex ?? null, value: carried.value,
        narrative: carried.narrative, carried: true, recheck: carried.recheck, updatedById: user.id,
      })),
      select: { id: true, itemId: true, optionKey: true, inputs: true, surveyIndex: true, value: true, narrative: true, recheck: true },
    });
    const evidenceEvents = await carryEvidence(context);
    await carryChecklist(context);

    await tx.assessment.update({ where: { id: access.id }, data: { carriedFromId: previous.id } });
    const stored = await storeScores(tx, access.id, "SELF", to);
    await tx.assessment.update({ where: { id: access.id }, data: { answeredCount: stored.answered } });
    await refreshEvidencedCount(access, tx);

    const result = { fromYear: previous.period.year, answers: created.length, recheck: created.filter((a) => a.recheck.length > 0).length, evidence: evidenceEvents.length };
    await recordAudits(tx, [
      ...created.map((a) => ({
        actorId: user.id, action: "answer.carry", entityType: "Answer", entityId: a.id, assessmentId: access.id, itemId: a.itemId, before: null,
        after: {
          optionKey: a.optionKey, inputs: a.inputs as Prisma.InputJsonValue, surveyIndex: a.surveyIndex === null ? null : Number(a.surveyIndex),
          value: a.value, narrative: a.narrative, recheck: a.recheck, fromYear: previous.period.year,
        },
      })),
      ...evidenceEvents,
    ]);
    await recordAudit(tx, {
      actorId: user.id, action: "assessment.carry-forward", entityType: "Assessment", entityId: access.id, assessmentId: access.id,
      before: null, after: { fromAssessmentId: previous.id, ...result },
    });
    return result;
  }, { timeout: 60_000 });
}
