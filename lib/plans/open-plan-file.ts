import "server-only";
import { prisma } from "@/lib/db";
import type { TPlanFileAccess } from "@/lib/access/plan-access";
import { NotFoundError } from "@/lib/errors";
import { withExtension } from "@/lib/evidence/file-name";
import { evidenceTypeOfMime } from "@/lib/evidence/file-types";
import type { TOpenedFile } from "@/lib/evidence/open-evidence";
import { getStorage } from "@/lib/storage/get-storage";
import { StorageObjectNotFoundError } from "@/lib/storage/types";

/** The stored file of a plan step (proof: assessment.read on its assessment). */
export async function openPlanFile(access: TPlanFileAccess): Promise<TOpenedFile> {
  const blob = await prisma.evidenceBlob.findUniqueOrThrow({ where: { id: access.file.blobId }, select: { storageKey: true, mimeType: true } });
  try {
    const file = await getStorage().get(blob.storageKey);
    const ext = evidenceTypeOfMime(blob.mimeType);
    return { stream: file.stream, size: file.size, mimeType: blob.mimeType, fileName: ext ? withExtension(access.file.fileName, ext) : access.file.fileName };
  } catch (error) {
    if (error instanceof StorageObjectNotFoundError) {
      console.error("[plans] stored file missing", { fileId: access.file.id, key: blob.storageKey });
      throw new NotFoundError("Berkas rencana aksi tidak ditemukan.");
    }
    throw error;
  }
}
