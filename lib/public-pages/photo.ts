import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { ValidationError } from "@/lib/errors";
import { PHOTO_MAX_BYTES, PHOTO_TYPES } from "@/lib/public-pages/schemas";

/** The photo's type by its content (PNG, JPEG, WebP), or a clear refusal. */
export async function inspectPhoto(bytes: Buffer): Promise<string> {
  if (bytes.length > PHOTO_MAX_BYTES) throw new ValidationError("Foto paling besar 2 MB.", { photo: "Foto paling besar 2 MB." });
  const type = await fileTypeFromBuffer(bytes);
  const mime = type && type.ext in PHOTO_TYPES ? PHOTO_TYPES[type.ext as keyof typeof PHOTO_TYPES] : null;
  if (!mime) throw new ValidationError("Foto harus berupa gambar PNG, JPEG atau WebP.", { photo: "Foto harus berupa gambar PNG, JPEG atau WebP." });
  return mime;
}
