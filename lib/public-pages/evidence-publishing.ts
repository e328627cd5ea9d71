import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeEvidence } from "@/lib/access/evidence-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { markPublicChange } from "@/lib/public-pages/public-change";
import { ZSetEvidencePublished } from "@/lib/public-pages/schemas";
import type { TPublishResult } from "@/lib/public-pages/types";

/**
 * "Publikasikan" / "Tarik dari publikasi" of one bukti dukung. The entry's unit comes from the
 * entry: evidence of another unit (or deleted) is not found, and nothing is written.
 */
export async function setEvidencePublished(user: TSessionUser, rawInput: unknown): Promise<TPublishResult> {
  const input = parseInput(ZSetEvidencePublished, rawInput);
  return prisma.$transaction(async (tx) => {
    const { assessment: access, evidence } = await authorizeEvidence(user, input.evidenceId, "public.publish", { tx, lock: true });
    const current = await tx.evidence.findUniqueOrThrow({ where: { id: evidence.id }, select: { published: true, publishedAt: true, publishedById: true } });
    if (current.published !== input.published) {
      const publishedAt = input.published ? new Date() : null;
      await tx.evidence.update({ where: { id: evidence.id }, data: { published: input.published, publishedAt, publishedById: input.published ? user.id : null } });
      await recordAudit(tx, {
        actorId: user.id, action: input.published ? "evidence.publish" : "evidence.unpublish", entityType: "Evidence", entityId: evidence.id,
        assessmentId: access.id, itemId: evidence.itemId,
        before: { title: evidence.title, published: current.published }, after: { title: evidence.title, published: input.published },
      });
    }
    const { unitId, slug } = await markPublicChange(tx, access);
    return { published: input.published, unitId, slug };
  });
}
