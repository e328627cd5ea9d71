import { z } from "zod";
import { zText } from "@/lib/validation";
import { checkQuestion } from "@/lib/catalogue/check-question";
import { ZFormula, ZInputConstraint } from "@/lib/catalogue/formula-schema";
import { ZLikertScale } from "@/lib/catalogue/questionnaire-schema";

// Predicate thresholds name a code as the first whitespace-separated token of their key, so a code
// may not contain spaces.
export const ZCode = catalogueText(40, "Kode").trim().min(1, "Kode wajib diisi").regex(/^\S+$/, "Kode tidak boleh mengandung spasi");

/** Every text of a catalogue file is bounded and free of control characters. */
export function catalogueText(max: number, label: string) {
  return zText(max, `${label} paling banyak ${max} karakter`);
}

const ANSWER_TYPES = ["YA_TIDAK", "ABC", "ABCD", "ABCDE", "PERCENT", "SURVEY_INDEX_0_4", "LIKERT", "SCALE_0_5", "CHOICE", "MULTI_CHOICE", "COUNT", "TEXT"] as const;

export const ZAnswerType = z.enum(ANSWER_TYPES, {
  error: `Jenis jawaban harus salah satu dari ${ANSWER_TYPES.join(", ")}`,
});

export const ZItemForm = z.enum(["F-01", "F-02"], { error: "Formulir butir harus F-01 atau F-02" });

export const ZWeight = z.number().min(0, "Bobot tidak boleh negatif");

const OPTION_VALUE_MESSAGE = "Nilai opsi harus antara 0 dan 1";

export const ZOption = z.strictObject({
  key: catalogueText(20, "Kunci opsi").trim().min(1, "Kunci opsi wajib diisi"),
  label: catalogueText(2000, "Label opsi"),
  value: z.number().min(0, OPTION_VALUE_MESSAGE).max(1, OPTION_VALUE_MESSAGE),
});

export const ZPercentInput = z.strictObject({
  key: catalogueText(40, "Kunci masukan").trim().min(1, "Kunci masukan wajib diisi"),
  label: catalogueText(300, "Label masukan").trim().min(1, "Label masukan wajib diisi"),
});

const ZQuestionFields = z.strictObject({
  code: ZCode,
  /** Stable identity across catalogue versions when a code is renumbered; defaults to the code. */
  key: catalogueText(80, "Kunci butir").trim().min(1, "Kunci butir tidak boleh kosong").regex(/^\S+$/, "Kunci butir tidak boleh mengandung spasi").optional(),
  text: catalogueText(2000, "Teks butir").trim().min(1, "Teks butir wajib diisi"),
  answerType: ZAnswerType,
  guidance: catalogueText(10_000, "Petunjuk butir"),
  options: z.array(ZOption).optional(),
  inputs: z.array(ZPercentInput).optional(),
  formula: ZFormula.optional(),
  constraints: z.array(ZInputConstraint).optional(),
  weight: ZWeight.optional(),
  expectedEvidence: z.array(catalogueText(500, "Bukti dukung").trim().min(1, "Bukti dukung tidak boleh kosong")).max(50, "Paling banyak 50 bukti dukung per butir").optional(),
  /** PEKPPP: the form the question belongs to. */
  form: ZItemForm.optional(),
  /** LIKERT only: a scale other than the questionnaire's default. */
  get scale() {
    return ZLikertScale.optional();
  },
});

export type TFileQuestion = z.infer<typeof ZQuestionFields>;

// Item-level rules run here, per question, so they are reported even when other parts of the file
// have structural errors.
export const ZQuestion = ZQuestionFields.superRefine((question, ctx) => {
  for (const issue of checkQuestion(question)) {
    ctx.addIssue({ code: "custom", message: issue.message, path: [...issue.path] });
  }
});
