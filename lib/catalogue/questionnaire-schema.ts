import { z } from "zod";
import { zText } from "@/lib/validation";

// The parts of a catalogue file that only questionnaires have: the Likert scale of an item and the
// result rules (conversion to the index, the LKE item it feeds, the respondent profile).

// Same bounded text as catalogueText (question-schema.ts imports this file, so no import back).
const catalogueText = (max: number, label: string) => zText(max, `${label} paling banyak ${max} karakter`);

const ZPoint = z.number().int("Titik skala harus bilangan bulat").min(0, "Titik skala tidak boleh negatif").max(10, "Titik skala paling besar 10");

export const ZLikertScale = z
  .strictObject({
    min: ZPoint,
    max: ZPoint,
    labels: z.array(catalogueText(200, "Label skala").trim().min(1, "Label skala wajib diisi")).max(11),
  })
  .superRefine((scale, ctx) => {
    if (scale.max <= scale.min) ctx.addIssue({ code: "custom", message: "Skala: max harus lebih besar dari min", path: ["max"] });
    else if (scale.labels.length !== scale.max - scale.min + 1) {
      ctx.addIssue({ code: "custom", message: `Skala ${scale.min}-${scale.max} memerlukan ${scale.max - scale.min + 1} label`, path: ["labels"] });
    }
  });

const ZKey = catalogueText(40, "Kunci").trim().min(1, "Kunci wajib diisi").regex(/^[A-Za-z0-9_-]+$/, "Kunci hanya huruf, angka, _ dan -");

export const ZProfileField = z.strictObject({
  key: ZKey,
  label: catalogueText(200, "Label profil").trim().min(1, "Label profil wajib diisi"),
  options: z
    .array(z.strictObject({ key: ZKey, label: catalogueText(200, "Label pilihan").trim().min(1, "Label pilihan wajib diisi") }))
    .min(2, "Profil memerlukan minimal dua pilihan")
    .max(40, "Paling banyak 40 pilihan"),
});

const ZIndexBound = z.number().min(0, "Batas indeks tidak boleh negatif").max(100, "Batas indeks paling besar 100");

export const ZQuestionnaireRules = z.strictObject({
  /** The default scale of the questionnaire's LIKERT items (an item may carry its own). */
  scale: ZLikertScale,
  /** The index range the mean answer converts to, linearly from the scale. */
  index: z
    .strictObject({ min: ZIndexBound, max: ZIndexBound })
    .refine((index) => index.max > index.min, { message: "Indeks: max harus lebih besar dari min", path: ["max"] }),
  feedsItem: catalogueText(40, "Kode butir LKE").trim().min(1).nullable().optional(),
  /** The instruments whose assessments run this questionnaire (SPAK/SPKP: LKE_ZI; F-03: PEKPPP); absent means LKE_ZI. */
  serves: z
    .array(z.enum(["LKE_ZI", "PEKPPP"], { error: "Instrumen yang dilayani harus LKE_ZI atau PEKPPP" }))
    .min(1, "Sebutkan minimal satu instrumen yang dilayani")
    .max(2)
    .optional(),
  targetSample: z.number().int("Target responden harus bilangan bulat").min(1, "Target responden minimal 1").max(100_000).optional(),
  profile: z.array(ZProfileField).max(10, "Paling banyak 10 pertanyaan profil").optional(),
});

export type TFileQuestionnaireRules = z.infer<typeof ZQuestionnaireRules>;
