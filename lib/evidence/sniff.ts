import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { EVIDENCE_FILE_TYPES, type TEvidenceFileExt, type TEvidenceFileType } from "@/lib/evidence/file-types";

/**
 * How much of the start of a file is read before deciding its type. Enough for every accepted
 * signature and for the first entries of an Office (OOXML) zip, including [Content_Types].xml.
 */
export const SNIFF_BYTES = 256 * 1024;

/** The accepted type of a file from its first bytes, or null (HTML, executables, plain zips...). */
export async function sniffEvidenceType(head: Uint8Array): Promise<TEvidenceFileType | null> {
  const detected = await fileTypeFromBuffer(head);
  if (!detected || !(detected.ext in EVIDENCE_FILE_TYPES)) return null;
  const ext = detected.ext as TEvidenceFileExt;
  return { ext, mime: EVIDENCE_FILE_TYPES[ext].mime };
}
