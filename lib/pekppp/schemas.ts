import { z } from "zod";
import { zId, zText } from "@/lib/validation";

// PEKPPP F-02 forms: shared by the evaluators' and the team lead's forms and their actions.

export const PEKPPP_NOTE_MAX = 4000;
export const LEVEL_MESSAGE = "Nilai F-02 harus bilangan bulat 0 sampai 5.";

const ZLevel = z.number({ error: LEVEL_MESSAGE }).int(LEVEL_MESSAGE).min(0, LEVEL_MESSAGE).max(5, LEVEL_MESSAGE);
const ZNote = zText(PEKPPP_NOTE_MAX, `Catatan paling banyak ${PEKPPP_NOTE_MAX} karakter.`).trim();

/** One evaluator's own level for one indicator, with an optional note (sumber data, temuan). */
export const ZEvaluatorScore = z.object({
  assessmentId: zId(40),
  itemId: zId(40),
  level: ZLevel,
  note: ZNote.default(""),
});

/** The team lead's agreed level, always with the note that explains it. */
export const ZAgreedScore = z.object({
  assessmentId: zId(40),
  itemId: zId(40),
  level: ZLevel,
  note: ZNote.min(1, "Tuliskan catatan kesepakatan tim untuk indikator ini."),
});

export const ZIndexAssessment = z.object({ assessmentId: zId(40) });
