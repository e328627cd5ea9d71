import { predicateRequirements, type TScoreTotals } from "@/lib/scoring/predicate-requirements";
import type { TCatalogue, TPreconditionStatus, TPredicateResult } from "@/lib/scoring/types";

/**
 * Checks every predicate of the catalogue (WBK, WBBM) against the scores. Preconditions cannot be
 * computed from answers: their status comes from the evaluator's confirmations, keyed by their text.
 */
export function evaluatePredicates(
  catalogue: TCatalogue,
  scores: TScoreTotals,
  confirmations: Record<string, boolean | null> = {},
): TPredicateResult[] {
  return catalogue.predicates.map((rule) => {
    const requirements = predicateRequirements(catalogue, rule, scores);
    const unmet = requirements.filter((requirement) => !requirement.met);
    const preconditions = rule.preconditions.map((label) => ({
      label,
      status: preconditionStatus(confirmations[label]),
    }));
    const scoreRequirementsMet = unmet.length === 0;
    return {
      code: rule.code,
      label: rule.label,
      scoreRequirementsMet,
      met: scoreRequirementsMet && preconditions.every((p) => p.status === "confirmed"),
      requirements,
      unmet,
      preconditions,
    };
  });
}

function preconditionStatus(confirmation: boolean | null | undefined): TPreconditionStatus {
  if (confirmation === true) return "confirmed";
  if (confirmation === false) return "failed";
  return "unconfirmed";
}
