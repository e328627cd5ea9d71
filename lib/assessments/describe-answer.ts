import type { TItem } from "@/lib/scoring/types";
import type { TAnswerDto } from "@/lib/assessments/types";
import { formatScore } from "@/lib/format";

/** An answer in words: the chosen option's criteria, the counts, or the survey index. */
export function describeAnswer(item: TItem, answer: TAnswerDto | null): string {
  if (!answer || answer.value === null) return "belum dijawab";
  if (answer.optionKey) {
    const option = item.options.find((o) => o.key === answer.optionKey);
    if (!option) return answer.optionKey;
    return option.key === "YA" || option.key === "TIDAK" ? option.label : `${option.key} · ${option.label}`;
  }
  if (answer.surveyIndex !== null) return `Indeks ${formatScore(answer.surveyIndex)}`;
  if (answer.inputs) return item.inputs.map((i) => `${i.label}: ${answer.inputs?.[i.key] ?? 0}`).join("; ");
  return "belum dijawab";
}
