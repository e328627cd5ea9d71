import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudits } from "@/lib/audit/record-audit";
import { getCatalogue } from "@/lib/catalogue/queries";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { clock } from "@/lib/clock";
import { parseInput } from "@/lib/validation";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { assertSelfItemWritable } from "@/lib/review/policy";
import { ZConfirmCarried } from "@/lib/carry-forward/schemas";

/**
 * The unit confirms carried answers as they are, for one item or a whole area: the "dari tahun
 * lalu" and "periksa kembali" marks go, the answers stay. Same rule as saving: only what the unit
 * may change now. Audited per answer.
 */
export async function confirmCarried(user: TSessionUser, rawInput: unknown): Promise<{ confirmed: number }> {
  const input = parseInput(ZConfirmCarried, rawInput);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, input.assessmentId, "answer.self.write", { tx, lock: true });
    const loaded = await getCatalogue(access.catalogueVersionId);
    let itemIds: string[];
    if ("itemId" in input) {
      if (!loaded.itemsById.has(input.itemId)) throw new ValidationError("Butir ini tidak termasuk dalam katalog LKE penilaian ini.");
      itemIds = [input.itemId];
    } else {
      if (!loaded.sections.some((s) => s.code === input.sectionCode)) throw new NotFoundError("Bagian LKE tidak ditemukan.");
      itemIds = [...loaded.itemsById.values()].filter((ref) => ref.group.code === input.sectionCode).map((ref) => ref.id);
    }
    const carried = await tx.answer.findMany({
      where: { assessmentId: access.id, side: "SELF", carried: true, itemId: { in: itemIds } },
      select: { id: true, itemId: true, recheck: true },
    });
    const reviews = await tx.itemReview.findMany({ where: { assessmentId: access.id, itemId: { in: carried.map((a) => a.itemId) } }, select: { itemId: true, verdict: true } });
    const verdictOf = new Map(reviews.map((r) => [r.itemId, r.verdict]));
    const now = clock.now();
    for (const answer of carried) assertSelfItemWritable(access, verdictOf.get(answer.itemId) ?? null, now);

    await tx.answer.updateMany({ where: { id: { in: carried.map((a) => a.id) } }, data: { carried: false, recheck: [] } });
    await recordAudits(tx, carried.map((a) => ({
      actorId: user.id, action: "answer.carry.confirm", entityType: "Answer", entityId: a.id, assessmentId: access.id, itemId: a.itemId,
      before: { carried: true, recheck: a.recheck }, after: { carried: false, recheck: [] },
    })));
    return { confirmed: carried.length };
  });
}
