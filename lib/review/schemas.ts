import { z } from "zod";

export const NOTE_MAX = 4000;

// Ids and versions come from the page, never typed: a bad one is a crafted or stale request.
const ZId = z.string({ error: "Penanda data tidak valid." }).min(1, "Penanda data tidak valid.").max(40, "Penanda data tidak valid.");
const ZVersion = z.number({ error: "Versi jawaban tidak valid." }).int("Versi jawaban tidak valid.").min(0, "Versi jawaban tidak valid.");

export const ZTransition = z.object({
  assessmentId: z.string().min(1).max(40),
  action: z.enum(["submit", "requestRevision", "resubmit", "finalize"]),
  /** The status version the user saw: a transition on a changed assessment is refused. */
  expectedStatusVersion: z.number().int().min(0),
  /** The unit head confirmed submitting although items are unanswered or lack evidence. */
  acknowledgeIncomplete: z.boolean().default(false),
});
export type TTransitionInput = z.infer<typeof ZTransition>;

export const ZVerdict = z
  .object({
    assessmentId: z.string().min(1).max(40),
    itemId: z.string().min(1).max(40),
    verdict: z.enum(["ACCEPTED", "REVISION_REQUESTED"]),
    note: z.string().trim().max(NOTE_MAX, `Catatan paling banyak ${NOTE_MAX} karakter.`).default(""),
  })
  .refine((v) => v.verdict !== "REVISION_REQUESTED" || v.note.length > 0, {
    path: ["note"],
    message: "Tuliskan catatan: apa yang harus diperbaiki unit pada butir ini.",
  });

export const ZNote = z.object({
  assessmentId: z.string().min(1).max(40),
  itemId: z.string().min(1).max(40),
  body: z.string().trim().min(1, "Catatan tidak boleh kosong.").max(NOTE_MAX, `Catatan paling banyak ${NOTE_MAX} karakter.`),
});

const PRECONDITION_NOTE_REQUIRED = "Tuliskan dasar keputusan prasyarat ini (mis. nilai SAKIP atau persentase TLHP yang ditemukan).";

/** An explicit decision: met or not, and on what it rests (the finalisation needs one per precondition). */
export const ZPrecondition = z.object({
  assessmentId: ZId,
  label: z.string({ error: "Prasyarat tidak valid." }).min(1, "Prasyarat tidak valid.").max(300, "Prasyarat tidak valid."),
  met: z.boolean({ error: "Pilih keputusan: terpenuhi atau tidak terpenuhi." }),
  note: z
    .string({ error: PRECONDITION_NOTE_REQUIRED })
    .trim()
    .min(1, PRECONDITION_NOTE_REQUIRED)
    .max(NOTE_MAX, `Catatan paling banyak ${NOTE_MAX} karakter.`),
});

/** One item: the unit's answer becomes the TPI answer (the version is the TPI answer the evaluator saw). */
export const ZCopySelfAnswer = z.object({ assessmentId: ZId, itemId: ZId, expectedVersion: ZVersion });

/** A whole area: the items the evaluator saw without a TPI answer, each with the version seen. */
export const ZCopyAreaSelfAnswers = z.object({
  assessmentId: ZId,
  sectionCode: z.string({ error: "Area tidak valid." }).min(1, "Area tidak valid.").max(40, "Area tidak valid."),
  items: z
    .array(z.object({ itemId: ZId, expectedVersion: ZVersion }), { error: "Daftar butir tidak valid." })
    .min(1, "Tidak ada butir yang dipilih untuk disalin.")
    .max(300, "Terlalu banyak butir dalam satu permintaan.")
    .refine((items) => new Set(items.map((i) => i.itemId)).size === items.length, "Butir yang sama disebut lebih dari sekali."),
});

export const ZAssignment = z.object({
  assessmentId: z.string().min(1).max(40),
  userId: z.string().min(1).max(40),
  role: z.enum(["LEAD", "MEMBER"]),
});

export const ZLheDraft = z.object({
  assessmentId: z.string().min(1).max(40),
  recommendations: z.record(z.string().max(40), z.string().max(NOTE_MAX, `Rekomendasi paling banyak ${NOTE_MAX} karakter per area.`)),
});
