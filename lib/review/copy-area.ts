import "server-only";
import { parseInput } from "@/lib/validation";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCatalogue } from "@/lib/catalogue/queries";
import { clock } from "@/lib/clock";
import { ConflictError, InvalidStateError, ValidationError } from "@/lib/errors";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import type { TScoreSummary } from "@/lib/assessments/types";
import { answersOfItem, writeCopiedAnswer } from "@/lib/review/copy-self-answer";
import { assertReviewWritable } from "@/lib/review/policy";
import { ZCopyAreaSelfAnswers } from "@/lib/review/schemas";
import { writeVerdict } from "@/lib/review/set-verdict";
import { startReviewIfNeeded } from "@/lib/review/start-review";

type TSkipReason = "answered" | "unanswered" | "flagged";
export type TCopyAreaResult = {
  copied: string[];
  skipped: { code: string; reason: TSkipReason }[];
  scores: TScoreSummary | null;
};

// A save per item recomputes the score; a large area stays well inside this in one transaction.
const AREA_TIMEOUT_MS = 60_000;

/**
 * "Salin jawaban unit" for a whole area, in one transaction: every listed item without a TPI
 * answer takes the unit's answer (through the evaluator's save) and is accepted. Items the
 * evaluator answered, flagged for revision, or the unit left empty are skipped and reported.
 * Another person's change since the evaluator looked is a conflict and nothing is written.
 */
export async function copyAreaSelfAnswers(user: TSessionUser, raw: unknown): Promise<TCopyAreaResult> {
  const input = parseInput(ZCopyAreaSelfAnswers, raw);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, input.assessmentId, "review.write", { tx, lock: true });
    assertReviewWritable(access, clock.now());
    const loaded = await getCatalogue(access.catalogueVersionId);
    const section = loaded.sections.find((s) => s.code === input.sectionCode);
    if (!section) throw new ValidationError("Area ini tidak ada pada katalog LKE penilaian ini.");
    const refs = input.items.map(({ itemId }) => loaded.itemsById.get(itemId));
    if (refs.some((ref) => ref?.group.code !== section.code)) {
      throw new ValidationError(`Sebagian butir tidak termasuk area ${section.code} pada LKE penilaian ini; tidak ada yang disalin.`);
    }
    await startReviewIfNeeded(access, tx);

    const result: TCopyAreaResult = { copied: [], skipped: [], scores: null };
    const ordered = input.items
      .map((entry, index) => ({ ...entry, ref: refs[index]! }))
      .sort((a, b) => a.ref.item.code.localeCompare(b.ref.item.code, "en", { numeric: true }));
    for (const { ref, expectedVersion } of ordered) {
      const code = ref.item.code;
      const answers = await answersOfItem(access, tx, ref.id);
      const current = answers.evaluator;
      if (current && current.version !== expectedVersion && current.updatedById !== user.id) {
        const who = await tx.user.findUnique({ where: { id: current.updatedById }, select: { name: true } });
        throw new ConflictError(`Butir ${code} baru saja diubah oleh ${who?.name ?? "pengguna lain"}. Muat ulang halaman lalu ulangi; belum ada yang disalin.`);
      }
      const review = await tx.itemReview.findUnique({ where: { assessmentId_itemId: { assessmentId: access.id, itemId: ref.id } }, select: { verdict: true } });
      const skip: TSkipReason | null = answers.evaluatorAnswered ? "answered" : review?.verdict === "REVISION_REQUESTED" ? "flagged" : !answers.self ? "unanswered" : null;
      if (skip) {
        result.skipped.push({ code, reason: skip });
        continue;
      }
      const saved = await writeCopiedAnswer(access, tx, ref, answers, current?.version ?? 0);
      if (review?.verdict !== "ACCEPTED") await writeVerdict(access, tx, ref.id, "ACCEPTED", "");
      result.copied.push(code);
      result.scores = saved.scores;
    }
    if (result.copied.length === 0) {
      throw new InvalidStateError("Tidak ada butir yang disalin: setiap butir sudah dijawab TPI, ditandai perlu perbaikan, atau belum dijawab unit.");
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "review.copy-self-area",
      entityType: "Assessment",
      entityId: access.id,
      assessmentId: access.id,
      after: { sectionCode: section.code, copied: result.copied, skipped: result.skipped },
    });
    return result;
  }, { timeout: AREA_TIMEOUT_MS });
}
