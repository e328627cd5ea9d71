import { z } from "zod";
import { zId, zText } from "@/lib/validation";

// One schema per form, shared by the publishing page's forms and the server actions.

const ZId = zId(100);

export const STATEMENT_MAX = 4000;

export const ZStatementForm = z.object({
  body: zText(STATEMENT_MAX, `Pernyataan paling panjang ${STATEMENT_MAX} karakter.`)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, "Pernyataan wajib diisi.")),
});
export type TStatementForm = z.input<typeof ZStatementForm>;
/** `expectedVersion` 0: no statement yet. A stale version is refused, never silently overwritten. */
export const ZSaveStatement = ZStatementForm.extend({ assessmentId: ZId, nodeId: ZId, expectedVersion: z.number().int().min(0) });

export const ZSetStatementPublished = z.object({ assessmentId: ZId, nodeId: ZId, published: z.boolean() });
export const ZSetEvidencePublished = z.object({ evidenceId: ZId, published: z.boolean() });

export const SERVICE_KINDS = ["MAKLUMAT", "STANDARD", "INNOVATION"] as const;
export const SERVICE_KIND_LABELS: Record<(typeof SERVICE_KINDS)[number], string> = {
  MAKLUMAT: "Maklumat pelayanan",
  STANDARD: "Standar pelayanan",
  INNOVATION: "Inovasi pelayanan",
};

export const ZServiceEntryForm = z.object({
  kind: z.enum(SERVICE_KINDS, { error: "Pilih jenis informasi pelayanan." }),
  title: zText(200, "Judul paling panjang 200 karakter.").transform((s) => s.trim()).pipe(z.string().min(1, "Judul wajib diisi.")),
  body: zText(2000, "Uraian paling panjang 2.000 karakter.").transform((s) => s.trim()).pipe(z.string().min(1, "Uraian wajib diisi.")),
});
export type TServiceEntryForm = z.input<typeof ZServiceEntryForm>;
export const ZCreateServiceEntry = ZServiceEntryForm.extend({ assessmentId: ZId });

export const ZSetServiceEntryPublished = z.object({ entryId: ZId, published: z.boolean() });
export const ZDeleteServiceEntry = z.object({ entryId: ZId });

/** Photos of service entries: checked by their content, not by the name or the browser's type. */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
export const PHOTO_TYPES = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" } as const;
