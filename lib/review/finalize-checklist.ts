import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import { assertCan, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { getCatalogue, type TLoadedCatalogue } from "@/lib/catalogue/queries";
import type { Verdict } from "@/lib/generated/prisma/enums";
import { displayTitle } from "@/lib/scoring/format-id";

export type TOpenItem = {
  itemId: string;
  code: string;
  text: string;
  sectionCode: string;
  sectionTitle: string;
  /** No TPI answer that scores: the TPI score would count the item as 0. */
  missingAnswer: boolean;
  /** The verdict when it is not ACCEPTED (null: never decided). */
  verdict: Exclude<Verdict, "ACCEPTED"> | null;
  accepted: boolean;
};
export type TOpenPrecondition = { label: string; reason: "undecided" | "noNote" };
export type TFinalizeChecklist = { itemCount: number; openItems: TOpenItem[]; openPreconditions: TOpenPrecondition[]; ready: boolean };

/**
 * What stands between the review and its finalisation: every item needs a TPI answer and an
 * accepted verdict, every WBK/WBBM precondition an explicit decision with a note.
 */
export async function getFinalizeChecklist(access: TAssessmentAccess, loaded: TLoadedCatalogue, db: TTransaction | typeof prisma = prisma): Promise<TFinalizeChecklist> {
  const assessmentId = access.id;
  const [answers, reviews, checks] = await Promise.all([
    db.answer.findMany({ where: { assessmentId, side: "EVALUATOR", value: { not: null } }, select: { itemId: true } }),
    db.itemReview.findMany({ where: { assessmentId }, select: { itemId: true, verdict: true } }),
    db.preconditionCheck.findMany({ where: { assessmentId }, select: { label: true, note: true } }),
  ]);
  const answered = new Set(answers.map((a) => a.itemId));
  const verdicts = new Map(reviews.map((r) => [r.itemId, r.verdict]));
  const openItems: TOpenItem[] = [];
  for (const ref of loaded.itemsById.values()) {
    const verdict = verdicts.get(ref.id) ?? null;
    const accepted = verdict === "ACCEPTED";
    if (answered.has(ref.id) && accepted) continue;
    openItems.push({
      itemId: ref.id, code: ref.item.code, text: ref.item.text, sectionCode: ref.group.code, sectionTitle: displayTitle(ref.group.title),
      missingAnswer: !answered.has(ref.id), verdict: verdict === "ACCEPTED" ? null : verdict, accepted,
    });
  }
  const labels = [...new Set(loaded.catalogue.predicates.flatMap((p) => p.preconditions))];
  const openPreconditions = labels.flatMap((label): TOpenPrecondition[] => {
    const check = checks.find((c) => c.label === label);
    if (!check) return [{ label, reason: "undecided" }];
    return check.note.trim() === "" ? [{ label, reason: "noNote" }] : [];
  });
  return { itemCount: loaded.itemsById.size, openItems, openPreconditions, ready: openItems.length === 0 && openPreconditions.length === 0 };
}

/** The checklist for the review pages: the assessment's evaluators only. */
export async function getFinalizeReadiness(access: TAssessmentAccess) {
  assertCan(access, "review.read");
  return getFinalizeChecklist(access, await getCatalogue(access.catalogueVersionId));
}

const SHOWN = 5;

function someCodes(codes: string[]) {
  const shown = codes.slice(0, SHOWN).join(", ");
  return codes.length > SHOWN ? `${shown}, dan ${codes.length - SHOWN} lainnya` : shown;
}

/** The refusal in words: counts per kind of gap, with the first codes and labels named. */
export function describeOpenChecklist(checklist: TFinalizeChecklist): string {
  const { openItems, openPreconditions } = checklist;
  const noAnswer = openItems.filter((i) => i.missingAnswer).map((i) => i.code);
  const flagged = openItems.filter((i) => i.verdict === "REVISION_REQUESTED").map((i) => i.code);
  const undecided = openItems.filter((i) => !i.accepted && i.verdict !== "REVISION_REQUESTED").map((i) => i.code);
  const parts = [
    noAnswer.length ? `${noAnswer.length} butir belum memiliki jawaban TPI (${someCodes(noAnswer)})` : null,
    undecided.length ? `${undecided.length} butir belum diterima (${someCodes(undecided)})` : null,
    flagged.length ? `${flagged.length} butir masih berstatus perlu perbaikan (${someCodes(flagged)})` : null,
    openPreconditions.length ? `${openPreconditions.length} prasyarat belum diputuskan dengan catatan (${openPreconditions.map((p) => p.label).join("; ")})` : null,
  ].filter(Boolean);
  return `Finalisasi belum dapat dilakukan: ${parts.join("; ")}. Lengkapi daftar pada bagian "Kesiapan finalisasi", lalu finalisasi lagi.`;
}
