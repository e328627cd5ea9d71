import { z } from "zod";
import { checkQuestion } from "@/lib/catalogue/check-question";
import { ZFormula, ZInputConstraint } from "@/lib/catalogue/formula-schema";

// Predicate thresholds name a code as the first whitespace-separated token of their key, so a code
// may not contain spaces.
export const ZCode = z.string().trim().min(1, "Kode wajib diisi").regex(/^\S+$/, "Kode tidak boleh mengandung spasi");

export const ZAnswerType = z.enum(["YA_TIDAK", "ABC", "ABCD", "ABCDE", "PERCENT", "SURVEY_INDEX_0_4"], {
  error: "Jenis jawaban harus salah satu dari YA_TIDAK, ABC, ABCD, ABCDE, PERCENT, SURVEY_INDEX_0_4",
});

export const ZWeight = z.number().min(0, "Bobot tidak boleh negatif");

const OPTION_VALUE_MESSAGE = "Nilai opsi harus antara 0 dan 1";

export const ZOption = z.strictObject({
  key: z.string().trim().min(1, "Kunci opsi wajib diisi"),
  label: z.string(),
  value: z.number().min(0, OPTION_VALUE_MESSAGE).max(1, OPTION_VALUE_MESSAGE),
});

export const ZPercentInput = z.strictObject({
  key: z.string().trim().min(1, "Kunci masukan wajib diisi"),
  label: z.string().trim().min(1, "Label masukan wajib diisi"),
});

const ZQuestionFields = z.strictObject({
  code: ZCode,
  text: z.string().trim().min(1, "Teks butir wajib diisi"),
  answerType: ZAnswerType,
  guidance: z.string(),
  options: z.array(ZOption).optional(),
  inputs: z.array(ZPercentInput).optional(),
  formula: ZFormula.optional(),
  constraints: z.array(ZInputConstraint).optional(),
  weight: ZWeight.optional(),
  expectedEvidence: z.array(z.string().trim().min(1, "Bukti dukung tidak boleh kosong")).optional(),
});

export type TFileQuestion = z.infer<typeof ZQuestionFields>;

// Item-level rules run here, per question, so they are reported even when other parts of the file
// have structural errors.
export const ZQuestion = ZQuestionFields.superRefine((question, ctx) => {
  for (const issue of checkQuestion(question)) {
    ctx.addIssue({ code: "custom", message: issue.message, path: [...issue.path] });
  }
});
