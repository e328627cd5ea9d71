import type { TEvidenceCompleteness, TItemEvidence } from "@/lib/evidence/types";

/** Evidence completeness of the items a page already loaded (answered = has a value). */
export function completenessOf(items: { answer: { value: string | null } | null; evidence: TItemEvidence }[]): TEvidenceCompleteness {
  const answered = items.filter((i) => i.answer !== null && i.answer.value !== null);
  return { answered: answered.length, answeredWithEvidence: answered.filter((i) => i.evidence.entries.length > 0).length };
}
