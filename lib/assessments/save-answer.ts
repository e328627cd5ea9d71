import "server-only";
import { parseInput } from "@/lib/validation";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { getCatalogue } from "@/lib/catalogue/queries";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { Side } from "@/lib/generated/prisma/enums";
import { answerValue } from "@/lib/scoring/answer-value";
import type { TAnswer } from "@/lib/scoring/types";
import { validateAnswer } from "@/lib/scoring/validate-answer";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { toAnswerDto } from "@/lib/assessments/answer-dto";
import { clock } from "@/lib/clock";
import { assertReviewWritable, assertSelfItemWritable } from "@/lib/review/policy";
import { startReviewIfNeeded } from "@/lib/review/start-review";
import { ZSaveAnswer } from "@/lib/assessments/schemas";
import { loadItemState, type TStoredAnswer } from "@/lib/assessments/load-item-state";
import { rescoreSave } from "@/lib/assessments/store-scores";
import { writeSave } from "@/lib/assessments/write-save";
import { figuresOf, isCurrentRecord } from "@/lib/assessments/stored-score-record";
import { evaluatePredicates } from "@/lib/scoring/predicates";
import { toScoreSummary } from "@/lib/assessments/compute-stored-score";
import type { TAnswerDto, TScoreSummary } from "@/lib/assessments/types";

export type TSaveAnswerResult = { answer: TAnswerDto; scores: TScoreSummary };

/**
 * Saves one answer and the assessment's score in one transaction, with its audit event.
 * A save names the version it read; if someone saved in between, nothing is written and the
 * other person's answer comes back in the ConflictError. The same save sent again (a retry after
 * a lost response) finds its own answer one version on and succeeds without writing twice.
 * Cheap by design, because hundreds of members save at once before a deadline: two reads (scope
 * with the row lock; answer, verdict and stored score) and one write statement (answer, audit
 * event, score rows and counters; a first answer is created just before it).
 */
export async function saveAnswer(user: TSessionUser, rawInput: unknown, side: Side = "SELF", outerTx?: TTransaction): Promise<TSaveAnswerResult> {
  const input = parseInput(ZSaveAnswer, rawInput);
  // With `outerTx` the save joins the caller's transaction (the TPI copying a whole area at once).
  const write = async (tx: TTransaction) => {
    const scope = await authorizeAssessment(user, input.assessmentId, side === "SELF" ? "answer.self.write" : "answer.evaluator.write", { tx, lock: true });
    const loaded = await getCatalogue(scope.catalogueVersionId);
    const ref = loaded.itemsById.get(input.itemId);
    if (!ref) throw new ValidationError("Butir ini tidak termasuk dalam katalog LKE penilaian ini.");
    const state = await loadItemState(scope, tx, side, input.itemId);
    const now = clock.now();
    if (side === "SELF") assertSelfItemWritable(scope, state.verdict, now);
    else assertReviewWritable(scope, now);
    const validated = validateAnswer(ref.item, input.answer);
    if (!validated.ok) throw new ValidationError(validated.message, { answer: validated.message });
    const answer = validated.answer;

    const existing = state.answer;
    if ((existing?.version ?? 0) !== input.expectedVersion) {
      if (existing && isOwnRetry(existing, user, input.expectedVersion, answer, input.narrative) && isCurrentRecord(state.storedResult)) {
        const figures = figuresOf(loaded.catalogue, state.storedResult);
        const predicates = evaluatePredicates(loaded.catalogue, figures, state.storedResult.preconditions);
        return { answer: toAnswerDto(existing), scores: toScoreSummary({ ...figures, predicates }) };
      }
      throw new ConflictError(
        `Butir ${ref.item.code} baru saja diubah oleh ${existing?.updatedBy.name ?? "pengguna lain"}. Jawaban Anda belum disimpan; periksa nilai terbaru lalu putuskan.`,
        existing ? toAnswerDto(existing) : null,
      );
    }
    if (side === "EVALUATOR") await startReviewIfNeeded(scope, tx);

    const value = answerValue(ref.item, answer)?.toExact() ?? null;
    const score = await rescoreSave(tx, { assessmentId: scope.id, side, loaded, storedResult: state.storedResult, itemId: input.itemId, answer, activityAt: now });
    const saved = await writeSave(scope, tx, { side, itemId: input.itemId, existing, answer, value, narrative: input.narrative, score });
    return { answer: saved, scores: toScoreSummary(score.result) };
  };
  return outerTx ? write(outerTx) : prisma.$transaction(write);
}

/** The stored answer is exactly this user's save of the same content, one version after the one sent. */
function isOwnRetry(existing: TStoredAnswer, user: TSessionUser, expectedVersion: number, answer: TAnswer, narrative: string): boolean {
  const stored = toAnswerDto(existing);
  return existing.version === expectedVersion + 1 && existing.updatedById === user.id && stored.narrative === narrative
    && stored.optionKey === (answer.optionKey ?? null) && stored.surveyIndex === (answer.surveyIndex ?? null)
    && sameCounts(stored.inputs, answer.inputs ?? null);
}

function sameCounts(a: Record<string, number> | null, b: Record<string, number> | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

