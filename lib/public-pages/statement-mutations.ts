import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, InvalidStateError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { markPublicChange } from "@/lib/public-pages/public-change";
import { ZSaveStatement, ZSetStatementPublished } from "@/lib/public-pages/schemas";
import type { TPublishResult, TStatementDto } from "@/lib/public-pages/types";

// A statement is the unit's public text on one indicator. Saving keeps it a draft until the unit
// publishes it; a published statement that is edited shows the new text at once (audited).

/**
 * The assessment locked with "public.publish", the indicator (a node of the assessment's own
 * catalogue version) and its current statement, if any.
 */
async function lockStatement(tx: TTransaction, user: TSessionUser, input: { assessmentId: string; nodeId: string }) {
  const access = await authorizeAssessment(user, input.assessmentId, "public.publish", { tx, lock: true });
  const node = await tx.catalogueNode.findFirst({ where: { id: input.nodeId, versionId: access.catalogueVersionId, kind: "INDICATOR" }, select: { code: true } });
  if (!node) throw new ValidationError("Indikator ini tidak termasuk dalam katalog LKE penilaian ini.");
  const key = { assessmentId_nodeId: { assessmentId: access.id, nodeId: input.nodeId } };
  return { access, node, key, current: await tx.publicStatement.findUnique({ where: key }) };
}

const toDto = (row: { nodeId: string; body: string; published: boolean; version: number; publishedAt: Date | null }): TStatementDto =>
  ({ nodeId: row.nodeId, body: row.body, published: row.published, version: row.version, publishedAt: row.publishedAt?.toISOString() ?? null });

export async function saveStatement(user: TSessionUser, rawInput: unknown): Promise<TStatementDto & { unitId: string | null }> {
  const input = parseInput(ZSaveStatement, rawInput);
  return prisma.$transaction(async (tx) => {
    const { access, node, key, current } = await lockStatement(tx, user, input);
    if ((current?.version ?? 0) !== input.expectedVersion) {
      throw new ConflictError("Pernyataan ini baru saja diubah orang lain. Muat ulang halaman untuk melihat versi terbaru.", current ? toDto(current) : null);
    }
    if (current?.body === input.body) return { ...toDto(current), unitId: null };
    const saved = current
      ? await tx.publicStatement.update({ where: key, data: { body: input.body, version: { increment: 1 }, updatedById: user.id } })
      : await tx.publicStatement.create({ data: { assessmentId: access.id, nodeId: input.nodeId, body: input.body, updatedById: user.id } });
    await recordAudit(tx, {
      actorId: user.id, action: "public.statement.save", entityType: "PublicStatement", entityId: saved.id, assessmentId: access.id,
      before: current ? { indicator: node.code, body: current.body, published: current.published } : null,
      after: { indicator: node.code, body: saved.body, published: saved.published },
    });
    const changed = saved.published ? await markPublicChange(tx, access) : null;
    return { ...toDto(saved), unitId: changed?.unitId ?? null };
  });
}

/** "Publikasikan" / "Tarik dari publikasi" of one statement. */
export async function setStatementPublished(user: TSessionUser, rawInput: unknown): Promise<TPublishResult> {
  const input = parseInput(ZSetStatementPublished, rawInput);
  return prisma.$transaction(async (tx) => {
    const { access, node, key, current } = await lockStatement(tx, user, input);
    if (!current) throw new InvalidStateError("Tulis dan simpan pernyataan indikator ini sebelum mempublikasikannya.");
    if (current.published !== input.published) {
      const at = input.published ? new Date() : null;
      await tx.publicStatement.update({ where: key, data: { published: input.published, publishedAt: at, publishedById: input.published ? user.id : null } });
      await recordAudit(tx, {
        actorId: user.id, action: input.published ? "public.statement.publish" : "public.statement.unpublish", entityType: "PublicStatement",
        entityId: current.id, assessmentId: access.id, before: { indicator: node.code, published: current.published }, after: { indicator: node.code, published: input.published },
      });
    }
    const { unitId, slug } = await markPublicChange(tx, access);
    return { published: input.published, unitId, slug };
  });
}
