import type { TInstrument, TQuestionnaireRules } from "@/lib/scoring/types";

/**
 * Whether a questionnaire (its stored rules) may run for an assessment of this instrument: SPAK and
 * SPKP serve the LKE ZI, the F-03 serves PEKPPP. Rules stored before `serves` existed are LKE ZI's.
 */
export function questionnaireServes(rules: Partial<Pick<TQuestionnaireRules, "serves">> | undefined, instrument: TInstrument): boolean {
  return (rules?.serves ?? ["LKE_ZI"]).includes(instrument as never);
}
