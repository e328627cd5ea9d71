import { z } from "zod";
import { zId, zText } from "@/lib/validation";

// Shared by the autosave form (client) and the save action (server). Item-specific rules
// (known option, whole-number counts, index range) live in lib/scoring/validate-answer.ts,
// which both sides call too.

export const NARRATIVE_MAX = 5000;

export const ZAnswerValue = z
  .object(
    {
      optionKey: z.string({ error: "Pilihan jawaban harus berupa kode opsi." }).max(20).nullish(),
      inputs: z.record(z.string().max(40), z.unknown(), { error: "Format jumlah tidak dikenali." }).nullish(),
      surveyIndex: z.unknown().nullish(),
    },
    { error: "Format jawaban tidak dikenali." },
  )
  .nullable();

export const ZSaveAnswer = z.object({
  assessmentId: zId(40),
  itemId: zId(40),
  /** The version the user last saw; 0 when the item had no answer yet. */
  expectedVersion: z.number().int().min(0),
  answer: ZAnswerValue,
  narrative: zText(NARRATIVE_MAX, `Uraian bukti dukung paling banyak ${NARRATIVE_MAX} karakter.`),
});
export type TSaveAnswerInput = z.infer<typeof ZSaveAnswer>;
