import { z } from "zod";
import { CONTROL_CHARACTER_MESSAGE, isPlainText, zId, zText } from "@/lib/validation";
import { cleanTitle } from "@/lib/evidence/file-name";

// One schema per form, shared by react-hook-form in the browser and the server actions.

const ZId = zId(100);

export const ZEvidenceTitle = zText(1000, "Nama bukti dukung paling panjang 200 karakter.")
  .transform(cleanTitle)
  .pipe(z.string().min(1, "Nama bukti dukung wajib diisi.").max(200, "Nama bukti dukung paling panjang 200 karakter."));

function isWebUrl(value: string) {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const ZEvidenceUrl = z
  .string()
  .trim()
  .min(1, "Alamat tautan wajib diisi.")
  .max(2000, "Alamat tautan terlalu panjang.")
  .refine(isPlainText, CONTROL_CHARACTER_MESSAGE)
  .refine(isWebUrl, "Tautan harus berupa alamat web lengkap yang diawali http:// atau https://.");

/** Index into the item's expected documents ("this file is the SK Tim Kerja"); optional. */
export const ZExpectedEntry = z.number({ error: "Pilihan dokumen yang diharapkan tidak dikenali." }).int().min(0).max(99);

export const ZLinkForm = z.object({ title: ZEvidenceTitle, url: ZEvidenceUrl });
export type TLinkForm = z.input<typeof ZLinkForm>;
export const ZAddLink = ZLinkForm.extend({ assessmentId: ZId, itemId: ZId, expectedEntry: ZExpectedEntry.optional() });

export const ZRenameForm = z.object({ title: ZEvidenceTitle });
export type TRenameForm = z.input<typeof ZRenameForm>;
export const ZRenameEvidence = ZRenameForm.extend({ evidenceId: ZId });

export const ZDeleteEvidence = z.object({ evidenceId: ZId });

export const ZChecklistTick = z.object({
  assessmentId: ZId,
  itemId: ZId,
  entry: z.number().int().min(0).max(99),
  checked: z.boolean(),
});

/** The upload route's query string: a new entry on an item, or a new version of an entry. */
export const ZUploadTarget = z.object({ assessmentId: ZId, itemId: ZId, evidenceId: ZId.optional(), expectedEntry: ZExpectedEntry.optional() });
export type TUploadTarget = z.infer<typeof ZUploadTarget>;
