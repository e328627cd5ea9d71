import { z } from "zod";

export const NOTE_MAX = 4000;

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

export const ZPrecondition = z.object({
  assessmentId: z.string().min(1).max(40),
  label: z.string().min(1).max(300),
  met: z.boolean(),
  note: z.string().trim().max(NOTE_MAX).default(""),
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
