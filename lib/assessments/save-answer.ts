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
import { authorizeAssessment, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { toAnswerDto } from "@/lib/assessments/answer-dto";
import { clock } from "@/lib/clock";
import { assertReviewWritable, assertSelfItemWritable } from "@/lib/review/policy";
import { startReviewIfNeeded } from "@/lib/review/start-review";
import { ZSaveAnswer, type TSaveAnswerInput } from "@/lib/assessments/schemas";
import { loadItemState, type TItemState, type TStoredAnswer } from "@/lib/assessments/load-item-state";
import { authorizeAnswerSave } from "@/lib/access/answer-save-access";
import { rescoreSave } from "@/lib/assessments/store-scores";
import { writeSave, type TSaveWrite } from "@/lib/assessments/write-save";
import { figuresOf, isCurrentRecord } from "@/lib/assessments/stored-score-record";
import { evaluatePredicates } from "@/lib/scoring/predicates";
import { toScoreSummary } from "@/lib/assessments/compute-stored-score";
import type { TAnswerDto, TScoreSummary } from "@/lib/assessments/types";

export type TSaveAnswerResult = { answer: TAnswerDto; scores: TScoreSummary };

/**
 * Saves one answer and the assessment's score, with its audit event, in one statement.
 * A save names the version it read; if someone saved in between, nothing is written and the
 * other person's answer comes back in the ConflictError. The same save sent again (a retry after
 * a lost response) finds its own answer one version on and succeeds without writing twice.
 * Cheap by design, because hundreds of members save at once before a deadline: one read (scope,
 * answer, verdict, stored score) and one guarded write statement, no transaction around them
 * (lib/assessments/write-save.ts: written only if nothing it was computed from has moved, else
 * read again). A save that keeps losing such races, and every save inside a caller's transaction
 * (`outerTx`: the TPI copying a whole area at once, an import), locks the assessment row instead.
 */
export async function saveAnswer(user: TSessionUser, rawInput: unknown, side: Side = "SELF", outerTx?: TTransaction): Promise<TSaveAnswerResult> {
  const input = parseInput(ZSaveAnswer, rawInput);
  const permission = side === "SELF" ? "answer.self.write" : "answer.evaluator.write";
  if (!outerTx) {
    for (let attempt = 0; attempt < OPTIMISTIC_ATTEMPTS; attempt += 1) {
      const { access, state } = await authorizeAnswerSave(user, input.assessmentId, permission, side, input.itemId);
      // Under the lock instead: the TPI's first save starts the review (a status change), and a
      // score without a current record is recomputed from reads the guard does not cover
      // (all answers, the preconditions).
      if (side === "EVALUATOR" && (access.status === "SUBMITTED" || access.status === "RESUBMITTED")) break;
      if (!isCurrentRecord(state.storedResult) || state.scoreRowVersion === null) break;
      const planned = await planSave(access, prisma, state, input, side);
      if ("result" in planned) return planned.result;
      const guard = { statusVersion: access.statusVersion, periodStatus: access.periodStatus, scoreRowVersion: state.scoreRowVersion };
      const saved = await writeSave(access, prisma, planned.write, guard);
      if (saved) return { answer: saved, scores: toScoreSummary(planned.write.score.result) };
    }
  }
  const write = async (tx: TTransaction) => {
    const access = await authorizeAssessment(user, input.assessmentId, permission, { tx, lock: true });
    const state = await loadItemState(access, tx, side, input.itemId);
    const planned = await planSave(access, tx, state, input, side);
    if ("result" in planned) return planned.result;
    if (side === "EVALUATOR") await startReviewIfNeeded(access, tx);
    const saved = (await writeSave(access, tx, planned.write))!;
    return { answer: saved, scores: toScoreSummary(planned.write.score.result) };
  };
  return outerTx ? write(outerTx) : prisma.$transaction(write);
}

/** Tries of the unlocked read-and-guarded-write before a save takes the assessment's lock. */
const OPTIMISTIC_ATTEMPTS = 3;

/**
 * Everything a save decides from what it read: may this item be written now, is the answer valid,
 * is it a conflict or the retry of a save already stored (then the result), and else the write
 * with the score re-computed for the changed item.
 */
export async function planSave(
  access: TAssessmentAccess, db: TTransaction, state: TItemState, input: TSaveAnswerInput, side: Side,
): Promise<{ result: TSaveAnswerResult } | { write: TSaveWrite }> {
  const loaded = await getCatalogue(access.catalogueVersionId);
  const ref = loaded.itemsById.get(input.itemId);
  if (!ref) throw new ValidationError("Butir ini tidak termasuk dalam katalog LKE penilaian ini.");
  const now = clock.now();
  if (side === "SELF") assertSelfItemWritable(access, state.verdict, now);
  else assertReviewWritable(access, now);
  const validated = validateAnswer(ref.item, input.answer);
  if (!validated.ok) throw new ValidationError(validated.message, { answer: validated.message });
  const answer = validated.answer;

  const existing = state.answer;
  if ((existing?.version ?? 0) !== input.expectedVersion) {
    if (existing && isOwnRetry(existing, access.user, input.expectedVersion, answer, input.narrative) && isCurrentRecord(state.storedResult)) {
      const figures = figuresOf(loaded.catalogue, state.storedResult);
      const predicates = evaluatePredicates(loaded.catalogue, figures, state.storedResult.preconditions);
      return { result: { answer: toAnswerDto(existing), scores: toScoreSummary({ ...figures, predicates }) } };
    }
    throw new ConflictError(
      `Butir ${ref.item.code} baru saja diubah oleh ${existing?.updatedBy.name ?? "pengguna lain"}. Jawaban Anda belum disimpan; periksa nilai terbaru lalu putuskan.`,
      existing ? toAnswerDto(existing) : null,
    );
  }
  const value = answerValue(ref.item, answer)?.toExact() ?? null;
  const score = await rescoreSave(db, { assessmentId: access.id, side, loaded, storedResult: state.storedResult, itemId: input.itemId, answer, activityAt: now });
  return { write: { side, itemId: input.itemId, existing, answer, value, narrative: input.narrative, score } };
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

