import "server-only";
import type { Readable } from "node:stream";
import { prisma } from "@/lib/db";
import type { TEvidenceAccess } from "@/lib/access/evidence-access";
import { NotFoundError } from "@/lib/errors";
import { withExtension } from "@/lib/evidence/file-name";
import { evidenceTypeOfMime } from "@/lib/evidence/file-types";
import { getStorage } from "@/lib/storage/get-storage";
import { StorageObjectNotFoundError } from "@/lib/storage/types";
import { logger } from "@/lib/log/logger";

export type TOpenedFile = { stream: Readable; size: number; mimeType: string; fileName: string };

const notFound = () => new NotFoundError("Bukti dukung tidak ditemukan.");

/**
 * One stored file of a live evidence entry (the current one, or `version`), with a proof of
 * evidence.read (authorizeEvidence: unit members, assigned evaluators, leaders and admins over the
 * unit; anyone else and deleted entries never get one). A link or a missing version: NotFoundError.
 */
export async function openEvidenceFile(access: TEvidenceAccess, version?: number): Promise<TOpenedFile> {
  const entry = access.evidence;
  if (entry.kind !== "FILE") throw notFound();

  const wanted = version ?? entry.currentVersion;
  const held = await prisma.evidenceVersion.findUnique({
    where: { evidenceId_version: { evidenceId: entry.id, version: wanted } },
    select: { fileName: true, blob: { select: { storageKey: true, mimeType: true } } },
  });
  if (!held) throw notFound();

  try {
    const file = await getStorage().get(held.blob.storageKey);
    const ext = evidenceTypeOfMime(held.blob.mimeType);
    // The current file is offered under the entry's title; older versions under their own names.
    const name = wanted === entry.currentVersion ? entry.title : held.fileName;
    return { stream: file.stream, size: file.size, mimeType: held.blob.mimeType, fileName: ext ? withExtension(name, ext) : name };
  } catch (error) {
    if (error instanceof StorageObjectNotFoundError) {
      logger.error({ evidenceId: entry.id, version: wanted, key: held.blob.storageKey }, "stored evidence file missing");
      throw notFound();
    }
    throw error;
  }
}
