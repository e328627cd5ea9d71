import { z } from "zod";
import { zId } from "@/lib/validation";

// Shared by the survey forms (client) and the actions and route handlers (server).

export const TARGET_MAX = 100_000;
export const TOKENS_MAX = 500;

export const ZCreateSurvey = z.object({
  assessmentId: zId(40),
  catalogueVersionId: zId(40),
  targetSample: z.coerce.number({ error: "Target responden harus berupa angka." }).int("Target responden harus bilangan bulat.")
    .min(1, "Target responden minimal 1.").max(TARGET_MAX, `Target responden paling banyak ${TARGET_MAX}.`),
  tokenRequired: z.boolean().default(false),
});
export type TCreateSurveyInput = z.infer<typeof ZCreateSurvey>;

export const ZSetSurveyStatus = z.object({
  surveyId: zId(40),
  status: z.enum(["OPEN", "CLOSED"], { error: "Status survei tidak dikenal." }),
  expectedVersion: z.number().int().min(1),
});

export const ZGenerateTokens = z.object({
  surveyId: zId(40),
  count: z.coerce.number({ error: "Jumlah token harus berupa angka." }).int("Jumlah token harus bilangan bulat.")
    .min(1, "Jumlah token minimal 1.").max(TOKENS_MAX, `Paling banyak ${TOKENS_MAX} token sekali buat.`),
});

export const ZApplySurveyIndex = z.object({
  surveyId: zId(40),
  /** The version of the LKE answer the unit saw (0 when the item had none). */
  expectedVersion: z.number().int().min(0),
});

/** A respondent's submission. `website` is a honeypot: hidden from people, filled by bots. */
export const ZSubmitResponse = z.object({
  answers: z.record(z.string().max(40), z.union([z.number(), z.string().max(4)]), { error: "Format jawaban tidak dikenali." }),
  profile: z.record(z.string().max(40), z.string().max(40)).default({}),
  token: z.string().max(20, "Token tidak dikenal.").optional(),
  website: z.string().max(500).optional(),
});
export type TSubmitResponseInput = z.infer<typeof ZSubmitResponse>;

/** Tokens are read without dashes, spaces or case: "k7m2-9qxd" is K7M29QXD. */
export const normaliseToken = (text: string) => text.toUpperCase().replace(/[\s-]/g, "");

/** "Publikasikan hasil" (again: refreshes the published figures) or "Tarik dari publikasi". */
export const ZSetSurveyResultsPublished = z.object({ surveyId: zId(40), published: z.boolean() });
