import "server-only";
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { authorizeServiceEntry } from "@/lib/access/public-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { getStorage } from "@/lib/storage/get-storage";
import { assertStorageKey } from "@/lib/storage/keys";
import { logger } from "@/lib/log/logger";
import { markPublicChange } from "@/lib/public-pages/public-change";
import { inspectPhoto } from "@/lib/public-pages/photo";
import { ZCreateServiceEntry, ZDeleteServiceEntry, ZSetServiceEntryPublished } from "@/lib/public-pages/schemas";
import type { TPublishResult } from "@/lib/public-pages/types";

// Service information (maklumat pelayanan, standards, innovations): short entries with an optional
// photo in the real storage. An entry is a draft until the unit publishes it.

type TServiceEntryInput = { fields: unknown; photo: Buffer | null };

/** A new draft entry. The photo is checked by content and stored before the row; dropped again if the row fails. */
export async function createServiceEntry(user: TSessionUser, input: TServiceEntryInput): Promise<{ id: string }> {
  const fields = parseInput(ZCreateServiceEntry, input.fields);
  // Before anything is stored, and again under the lock of the transaction that records it.
  await authorizeAssessment(user, fields.assessmentId, "public.publish");
  const mime = input.photo && input.photo.length > 0 ? await inspectPhoto(input.photo) : null;
  const storage = getStorage();
  const key = mime ? assertStorageKey(`public/${fields.assessmentId}/${randomUUID()}`) : null;
  if (key && mime && input.photo) await storage.put(key, Readable.from([input.photo]), { contentType: mime });
  try {
    return await prisma.$transaction(async (tx) => {
      const access = await authorizeAssessment(user, fields.assessmentId, "public.publish", { tx, lock: true });
      const saved = await tx.publicServiceEntry.create({
        data: { assessmentId: access.id, kind: fields.kind, title: fields.title, body: fields.body, photoKey: key, photoMime: mime, createdById: user.id },
      });
      await recordAudit(tx, {
        actorId: user.id, action: "public.service.create", entityType: "PublicServiceEntry", entityId: saved.id, assessmentId: access.id,
        before: null, after: { kind: saved.kind, title: saved.title, body: saved.body, photo: key ? { mimeType: mime, size: input.photo?.length } : null },
      });
      return { id: saved.id };
    });
  } catch (error) {
    if (key) await storage.delete(key).catch(() => undefined);
    throw error;
  }
}

export async function setServiceEntryPublished(user: TSessionUser, rawInput: unknown): Promise<TPublishResult> {
  const input = parseInput(ZSetServiceEntryPublished, rawInput);
  return prisma.$transaction(async (tx) => {
    const { assessment: access, entry } = await authorizeServiceEntry(user, input.entryId, "public.publish", { tx, lock: true });
    if (entry.published !== input.published) {
      await tx.publicServiceEntry.update({
        where: { id: entry.id }, data: { published: input.published, publishedAt: input.published ? new Date() : null, publishedById: input.published ? user.id : null },
      });
      await recordAudit(tx, {
        actorId: user.id, action: input.published ? "public.service.publish" : "public.service.unpublish", entityType: "PublicServiceEntry", entityId: entry.id,
        assessmentId: access.id, before: { title: entry.title, published: entry.published }, after: { title: entry.title, published: input.published },
      });
    }
    const { unitId, slug } = await markPublicChange(tx, access);
    return { published: input.published, unitId, slug };
  });
}

/** Removes an entry (published or not); its photo leaves the storage once the row is gone. */
export async function deleteServiceEntry(user: TSessionUser, rawInput: unknown): Promise<{ unitId: string }> {
  const input = parseInput(ZDeleteServiceEntry, rawInput);
  const { unitId, photoKey } = await prisma.$transaction(async (tx) => {
    const { assessment: access, entry } = await authorizeServiceEntry(user, input.entryId, "public.publish", { tx, lock: true });
    await tx.publicServiceEntry.delete({ where: { id: entry.id } });
    await recordAudit(tx, {
      actorId: user.id, action: "public.service.delete", entityType: "PublicServiceEntry", entityId: entry.id, assessmentId: access.id,
      before: { kind: entry.kind, title: entry.title, published: entry.published, photoKey: entry.photoKey }, after: null,
    });
    const changed = await markPublicChange(tx, access);
    return { unitId: changed.unitId, photoKey: entry.photoKey };
  });
  if (photoKey) await getStorage().delete(photoKey).catch((error: unknown) => logger.warn({ err: error, photoKey }, "old service photo not deleted"));
  return { unitId };
}
