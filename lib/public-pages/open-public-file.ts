import "server-only";
import type { Readable } from "node:stream";
import type { TPublishedFile, TPublishedPhoto } from "@/lib/access/public-access";
import { NotFoundError } from "@/lib/errors";
import { withExtension } from "@/lib/evidence/file-name";
import { evidenceTypeOfMime } from "@/lib/evidence/file-types";
import { getStorage } from "@/lib/storage/get-storage";
import { StorageObjectNotFoundError } from "@/lib/storage/types";
import { logger } from "@/lib/log/logger";

async function open(storageKey: string) {
  try {
    return await getStorage().get(storageKey);
  } catch (error) {
    if (error instanceof StorageObjectNotFoundError) {
      logger.error({ key: storageKey }, "stored public file missing");
      throw new NotFoundError("Berkas tidak ditemukan.");
    }
    throw error;
  }
}

/** The current file of a published bukti dukung, offered under its title. */
export async function openPublishedFile(file: TPublishedFile): Promise<{ stream: Readable; size: number; mimeType: string; fileName: string }> {
  const stored = await open(file.storageKey);
  const ext = evidenceTypeOfMime(file.mimeType);
  return { stream: stored.stream, size: stored.size, mimeType: file.mimeType, fileName: ext ? withExtension(file.title, ext) : file.title };
}

/** The photo of a published service entry. */
export async function openPublishedPhoto(photo: TPublishedPhoto) {
  const stored = await open(photo.storageKey);
  return { stream: stored.stream, size: stored.size, mimeType: photo.mimeType };
}
