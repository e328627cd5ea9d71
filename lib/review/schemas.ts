import { z } from "zod";
import { zId, zText } from "@/lib/validation";

export const NOTE_MAX = 4000;

// Ids and versions come from the page, never typed: a bad one is a crafted or stale request.
const ZId = zId(40);
const ZVersion = z.number({ error: "Versi jawaban tidak valid." }).int("Versi jawaban tidak valid.").min(0, "Versi jawaban tidak valid.");

export const ZTransition = z.object({
  assessmentId: zId(40),
  action: z.enum(["submit", "requestRevision", "resubmit", "finalize"]),
  /** The status version the user saw: a transition on a changed assessment is refused. */
  expectedStatusVersion: z.number().int().min(0),
  /** The unit head confirmed submitting although items are unanswered or lack evidence. */
  acknowledgeIncomplete: z.boolean().default(false),
});
export type TTransitionInput = z.infer<typeof ZTransition>;

export const ZVerdict = z
  .object({
    assessmentId: zId(40),
    itemId: zId(40),
    verdict: z.enum(["ACCEPTED", "REVISION_REQUESTED"]),
    note: zText(NOTE_MAX, `Catatan paling banyak ${NOTE_MAX} karakter.`).trim().default(""),
  })
  .refine((v) => v.verdict !== "REVISION_REQUESTED" || v.note.length > 0, {
    path: ["note"],
    message: "Tuliskan catatan: apa yang harus diperbaiki unit pada butir ini.",
  });

export const ZNote = z.object({
  assessmentId: zId(40),
  itemId: zId(40),
  body: zText(NOTE_MAX, `Catatan paling banyak ${NOTE_MAX} karakter.`).trim().min(1, "Catatan tidak boleh kosong."),
});

const PRECONDITION_NOTE_REQUIRED = "Tuliskan dasar keputusan prasyarat ini (mis. nilai SAKIP atau persentase TLHP yang ditemukan).";

/** An explicit decision: met or not, and on what it rests (the finalisation needs one per precondition). */
export const ZPrecondition = z.object({
  assessmentId: ZId,
  label: zText(300, "Prasyarat paling banyak 300 karakter.", "Prasyarat tidak valid.").min(1, "Prasyarat tidak valid."),
  met: z.boolean({ error: "Pilih keputusan: terpenuhi atau tidak terpenuhi." }),
  note: zText(NOTE_MAX, `Catatan paling banyak ${NOTE_MAX} karakter.`, PRECONDITION_NOTE_REQUIRED).trim().min(1, PRECONDITION_NOTE_REQUIRED),
});

/** One item: the unit's answer becomes the TPI answer (the version is the TPI answer the evaluator saw). */
export const ZCopySelfAnswer = z.object({ assessmentId: ZId, itemId: ZId, expectedVersion: ZVersion });

/** A whole area: the items the evaluator saw without a TPI answer, each with the version seen. */
export const ZCopyAreaSelfAnswers = z.object({
  assessmentId: ZId,
  sectionCode: zText(40, "Area tidak valid.").min(1, "Area tidak valid."),
  items: z
    .array(z.object({ itemId: ZId, expectedVersion: ZVersion }), { error: "Daftar butir tidak valid." })
    .min(1, "Tidak ada butir yang dipilih untuk disalin.")
    .max(300, "Terlalu banyak butir dalam satu permintaan.")
    .refine((items) => new Set(items.map((i) => i.itemId)).size === items.length, "Butir yang sama disebut lebih dari sekali."),
});

export const ZAssignment = z.object({
  assessmentId: zId(40),
  userId: zId(40),
  role: z.enum(["LEAD", "MEMBER"]),
});

/** More than any catalogue's areas (the 2021 LKE has 14): bounds a forged draft. */
export const LHE_AREAS_MAX = 40;

/**
 * The lead evaluator's recommendations. Bounded here; that every key is an area of the
 * assessment's catalogue is checked against it with lheAreasKnown once the catalogue is loaded.
 */
export const ZLheDraft = z.object({
  assessmentId: zId(40),
  recommendations: z
    .record(
      zId(40),
      zText(NOTE_MAX, `Rekomendasi paling banyak ${NOTE_MAX} karakter per area.`),
    )
    .refine((r) => Object.keys(r).length <= LHE_AREAS_MAX, "Terlalu banyak area dalam LHE."),
});

/** Only the catalogue's own areas: an unknown key is refused, not stored. */
export function lheAreasKnown(areaCodes: readonly string[]) {
  const known = new Set(areaCodes);
  return z.record(z.string(), z.unknown()).refine((r) => Object.keys(r).every((code) => known.has(code)), {
    message: "Rekomendasi hanya untuk area LKE yang ada pada katalog.",
  });
}
