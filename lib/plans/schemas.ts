import { z } from "zod";
import { zId, zText } from "@/lib/validation";

// Shared by the plan's forms (zodResolver) and its mutations (parseInput): one set of messages.

export const STEP_TEXT_MAX = 2000;
export const NOTE_MAX = 2000;

const MONTH_MESSAGE = "Bulan harus antara 1 (Januari) dan 12 (Desember).";
export const zMonth = z.number({ error: MONTH_MESSAGE }).int(MONTH_MESSAGE).min(1, MONTH_MESSAGE).max(12, MONTH_MESSAGE);

/** What a person fills in for a langkah aksi. */
export const ZStepFields = z.object({
  description: zText(STEP_TEXT_MAX, `Langkah aksi paling banyak ${STEP_TEXT_MAX} karakter.`, "Langkah aksi wajib diisi.")
    .trim().min(1, "Langkah aksi wajib diisi."),
  plannedOutput: zText(STEP_TEXT_MAX, `Bukti fisik paling banyak ${STEP_TEXT_MAX} karakter.`, "Bukti fisik wajib diisi.")
    .trim().min(1, "Bukti fisik yang direncanakan wajib diisi."),
  /** "itemId:entry" of one of the indicator's expected documents, or "" for none. */
  expectedDocument: z.string().max(80, "Dokumen yang diharapkan tidak dikenali.")
    .regex(/^$|^[A-Za-z0-9_-]+:\d{1,3}$/, "Dokumen yang diharapkan tidak dikenali."),
  personInChargeId: z.string({ error: "Penanggung jawab wajib dipilih." }).min(1, "Penanggung jawab wajib dipilih.").max(40, "Penanggung jawab tidak dikenali."),
  plannedMonths: z.array(zMonth, { error: "Pilih bulan rencana pelaksanaan." })
    .min(1, "Pilih paling sedikit satu bulan rencana pelaksanaan.").max(12, MONTH_MESSAGE)
    .refine((months) => new Set(months).size === months.length, "Bulan rencana tidak boleh berulang."),
  targetDate: z.string({ error: "Tanggal target wajib diisi." }).regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal target wajib diisi (format tanggal).")
    .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), "Tanggal target tidak valid."),
});
export type TStepFields = z.infer<typeof ZStepFields>;

export const ZCreateStep = ZStepFields.extend({ assessmentId: zId(40), nodeId: zId(40) });
export type TCreateStepInput = z.infer<typeof ZCreateStep>;

/** `expectedVersion`: the version the user edited; a newer one is a conflict, never overwritten. */
export const ZUpdateStep = ZStepFields.extend({ stepId: zId(40), expectedVersion: z.number().int().min(1) });
export type TUpdateStepInput = z.infer<typeof ZUpdateStep>;

export const ZDeleteStep = z.object({ stepId: zId(40), expectedVersion: z.number().int().min(1) });

export const ZRealiseStep = z.object({
  stepId: zId(40),
  month: zMonth,
  note: zText(NOTE_MAX, `Catatan paling banyak ${NOTE_MAX} karakter.`).trim().min(1, "Tuliskan catatan realisasi (apa yang sudah dilaksanakan)."),
});
export type TRealiseStepInput = z.infer<typeof ZRealiseStep>;

export const ZCancelRealisation = z.object({ stepId: zId(40), month: zMonth });

/** One click on the LKE item: the plan's file becomes bukti dukung of the item. */
export const ZAttachPlanFile = z.object({ fileId: zId(40), itemId: zId(40) });

export const ZMonevNote = z.object({
  assessmentId: zId(40),
  month: zMonth,
  areaCode: zId(40),
  note: zText(NOTE_MAX, `Catatan monev paling banyak ${NOTE_MAX} karakter.`).trim(),
});
